// One stored draft: the draft (name, position, claim) and what tabs need to agree on it: the
// revision written, the revision it replaced, when it was edited, and the epoch it belongs to.
// Reading repairs (draft-repair.ts) and keeps unknown fields (unknown-fields.ts); only a record
// that is not JSON, not an object, or has no claim object cannot be read.
import { upgradeClaim } from '../claim-format/claim-file-migrations.ts';
import { DraftClaim } from './draft-claim.ts';
import type { SetAsidePart } from './draft-repair.ts';
import { repairValue } from './draft-repair.ts';
import type { Draft } from './draft-list.ts';
import { DRAFT_RECORD_FORMAT, STORE_VERSION } from './persisted.ts';
import { unknownFields, withUnknownFields, type UnknownFields } from './unknown-fields.ts';

export interface RecordStamp {
  /** Unique to each write; tabs compare it to know whether they hold the stored version. */
  rev: string;
  /** The revision this write replaced, as the writing tab knew it (null for a new draft). */
  parentRev: string | null;
  /** When the draft was last edited (ms since 1970). */
  editedAt: number;
  /** The epoch (persisted.ts) the draft was written in. */
  epoch: string;
}

export interface StoredDraft extends RecordStamp {
  draft: Draft;
  /** The record's version (a newer app's record is read as far as this one understands it). */
  version: number;
  unknown: UnknownFields | null;
  /** Parts that could not be read, kept in the record (from this read and earlier ones). */
  setAside: SetAsidePart[];
  /** What the read repaired, in words. */
  repairs: string[];
}

export type ReadRecordOutcome = { ok: true; stored: StoredDraft } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown, fallback: string) =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : fallback;
const finite = (value: unknown, fallback: number) =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

function readSetAsideParts(value: unknown): SetAsidePart[] {
  return Array.isArray(value)
    ? value.filter(isRecord).map((part) => ({ field: text(part.field, ''), value: part.value }))
    : [];
}

/** Drafts stored before version 3 counted a visit's travel inside its minutes. */
const TRAVEL_BESIDE_MINUTES_FROM = 3;

/**
 * The draft's claim in this version's meaning: a draft stored before version 3 (a bare draft of
 * version 1 says no version) has its travel taken out of its minutes, as claim files of version
 * 1 have (claim-file-migrations.ts). A draft is rewritten as version 3, so this happens once.
 */
function claimOfThisVersion(value: Record<string, unknown>): unknown {
  const version =
    value.format === DRAFT_RECORD_FORMAT && typeof value.version === 'number' ? value.version : 1;
  return version < TRAVEL_BESIDE_MINUTES_FROM && isRecord(value.claim)
    ? upgradeClaim(value.claim, 1, 2)
    : value.claim;
}

/**
 * Reads a draft (a stored record, or a bare {id, name, claim} as version 1 and set-aside files
 * hold it) without trusting it. `id` is the key's id when the draft has a key of its own.
 */
export function readDraftValue(
  value: unknown,
  fallback: { id: string; position: number; name?: string },
): ReadRecordOutcome {
  if (!isRecord(value)) return { ok: false, reason: 'it is not a draft' };
  if (!isRecord(value.claim)) return { ok: false, reason: 'it has no claim' };
  const claim = repairValue(DraftClaim, claimOfThisVersion(value));
  if (!claim.ok) return claim;
  const name = text(value.name, fallback.name ?? '');
  const draft: Draft = {
    id: fallback.id,
    name,
    position: finite(value.position, fallback.position),
    claim: claim.value,
  };
  const stamp: RecordStamp = {
    rev: text(value.rev, ''),
    parentRev: typeof value.parentRev === 'string' ? value.parentRev : null,
    editedAt: finite(value.editedAt, 0),
    epoch: text(value.epoch, ''),
  };
  const known = {
    format: value.format,
    version: value.version,
    ...stamp,
    id: value.id,
    name,
    position: draft.position,
    claim: claim.value,
    setAside: value.setAside,
  };
  return {
    ok: true,
    stored: {
      ...stamp,
      draft,
      version: Math.max(STORE_VERSION, finite(value.version, STORE_VERSION)),
      unknown: unknownFields({ ...value, claim: claim.repaired }, known),
      setAside: [...readSetAsideParts(value.setAside), ...claim.setAside],
      repairs: claim.repairs,
    },
  };
}

/** Reads a draft's stored text (JSON). */
export function readDraftRecord(
  raw: string,
  fallback: { id: string; position: number },
): ReadRecordOutcome {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  return readDraftValue(value, fallback);
}

/** The stored text of a draft; unknown fields and set-aside parts of its last read go with it. */
export function draftRecordText(
  draft: Draft,
  stamp: RecordStamp,
  kept: Pick<StoredDraft, 'version' | 'unknown' | 'setAside'> | null,
): string {
  // The stamp comes first, so a tab can read a revision without parsing the claim (peekStamp).
  const record = {
    format: DRAFT_RECORD_FORMAT,
    version: kept?.version ?? STORE_VERSION,
    rev: stamp.rev,
    epoch: stamp.epoch,
    parentRev: stamp.parentRev,
    editedAt: stamp.editedAt,
    id: draft.id,
    position: draft.position,
    name: draft.name,
    claim: draft.claim,
    ...(kept && kept.setAside.length > 0 ? { setAside: kept.setAside } : {}),
  };
  return JSON.stringify(withUnknownFields(record, kept?.unknown ?? null));
}

/**
 * A deleted draft's record: no claim, only the revision it deleted. A tab whose own write it
 * replaced unseen (both at once) can tell, and keeps its edits. Removed at a later start, once
 * no tab can still be saving at the same moment (after TOMBSTONE_KEPT_MS).
 */
export function tombstoneText(id: string, stamp: RecordStamp): string {
  return JSON.stringify({
    format: DRAFT_RECORD_FORMAT,
    version: STORE_VERSION,
    rev: stamp.rev,
    epoch: stamp.epoch,
    parentRev: stamp.parentRev,
    editedAt: stamp.editedAt,
    id,
    deleted: true,
  });
}

export const TOMBSTONE_KEPT_MS = 10 * 60 * 1000;

/** The stamp of a deleted draft's record, or null for anything else. */
export function readTombstone(raw: string): RecordStamp | null {
  if (raw.length > 1000 || !raw.includes('"deleted":true')) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(value) || value.deleted !== true) return null;
  return {
    rev: text(value.rev, ''),
    parentRev: typeof value.parentRev === 'string' ? value.parentRev : null,
    editedAt: finite(value.editedAt, 0),
    epoch: text(value.epoch, ''),
  };
}

const STAMP =
  /^\{"format":"[^"]*","version":\d+,"rev":("(?:[^"\\]|\\.)*"),"epoch":("(?:[^"\\]|\\.)*")/;

/**
 * The revision and epoch of a record this app wrote, read from its first characters (a 300-visit
 * claim is not parsed on every save to compare them); null for anything else.
 */
export function peekStamp(raw: string): { rev: string; epoch: string } | null {
  const match = STAMP.exec(raw.slice(0, 512));
  if (!match?.[1] || !match[2]) return null;
  return { rev: JSON.parse(match[1]) as string, epoch: JSON.parse(match[2]) as string };
}
