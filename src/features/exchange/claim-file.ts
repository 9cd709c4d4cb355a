// Claim files for drafts: the claim format's reader and writer of claim files
// (src/claim-format/claim-file.ts), with the claim turned into a draft when read (values kept as
// typed) and a draft into the engine's claim format when written.
import {
  buildClaimFile as buildFile,
  claimFileText as fileText,
  readClaimFile as readFileText,
  readClaimFileValue as readFileValue,
  type ClaimFile,
  type ClaimFileRead,
} from '../../claim-format/claim-file.ts';
import { draftFromClaimInput, toEngineClaim, type DraftClaim } from '../../state/draft-claim.ts';

export type ClaimFileOutcome =
  { ok: true; name: string; claim: DraftClaim } | { ok: false; problems: string[] };

function asDraft(read: ClaimFileRead): ClaimFileOutcome {
  return read.ok ? { ...read, claim: draftFromClaimInput(read.claim) } : read;
}

/** The file for a draft; `exportedAt` only when the caller passes a date (no clock here). */
export function buildClaimFile(name: string, claim: DraftClaim, exportedAt?: string): ClaimFile {
  return buildFile(name, toEngineClaim(claim), exportedAt);
}

export function claimFileText(name: string, claim: DraftClaim, exportedAt?: string): string {
  return fileText(name, toEngineClaim(claim), exportedAt);
}

/** Checks a parsed claim file; its claim becomes a draft. A bare claim is named `bareClaimName`. */
export function readClaimFileValue(value: unknown, bareClaimName?: string): ClaimFileOutcome {
  return asDraft(readFileValue(value, bareClaimName));
}

/** Reads a claim file's text (JSON) and checks it; a bare claim is named `bareClaimName`. */
export function readClaimFile(text: string, bareClaimName?: string): ClaimFileOutcome {
  return asDraft(readFileText(text, bareClaimName));
}
