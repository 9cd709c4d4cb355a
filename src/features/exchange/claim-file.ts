// A whole claim as a file: {format, version, name, claim} with the claim in the engine's JSON
// format (docs/claim-format.md). A bare claim in that format (what the command line reads) opens
// too. Reading one trusts nothing: the wrapper and the claim's shape are checked with zod, and
// each problem names its field. Values a coder could have typed badly (a minutes of "abc") are
// kept: the draft shows them beside the engine's message.
import { z } from 'zod';
import { draftFromClaimInput, toEngineClaim, type DraftClaim } from '../../state/draft-claim.ts';

export const CLAIM_FILE_FORMAT = 'visit-to-claim/claim';
export const CLAIM_FILE_VERSION = 1;

export interface ClaimFile {
  format: typeof CLAIM_FILE_FORMAT;
  version: typeof CLAIM_FILE_VERSION;
  exportedAt?: string;
  name: string;
  claim: Record<string, unknown>;
}

const textOrNumber = z.union([z.string(), z.number()], {
  error: 'expected text or a number',
});
const optionalValue = textOrNumber.optional().nullable();

const VisitEntry = z.object(
  {
    id: optionalValue,
    date: optionalValue,
    discipline: optionalValue,
    credential: optionalValue,
    service: optionalValue,
    minutes: optionalValue,
    start: optionalValue,
    end: optionalValue,
    mode: optionalValue,
    setting: optionalValue,
    travelMinutes: optionalValue,
    documentationMinutes: optionalValue,
    monitoringDays: optionalValue,
    hcpcs: z
      .union([textOrNumber, z.array(z.string())], {
        error: 'expected a HCPCS code or a list of codes',
      })
      .optional()
      .nullable(),
    units: optionalValue,
    charge: optionalValue,
    modifiers: z
      .union([z.string(), z.array(z.string())], {
        error: 'expected modifiers as text ("KX GP") or a list of them',
      })
      .optional()
      .nullable(),
    activities: z
      .array(
        z.object(
          { service: optionalValue, minutes: optionalValue },
          { error: 'expected {service, minutes}' },
        ),
        { error: 'expected a list of {service, minutes}' },
      )
      .optional()
      .nullable(),
  },
  { error: 'expected a visit object' },
);

const ItemEntry = z.object(
  {
    id: optionalValue,
    revenueCode: optionalValue,
    hcpcs: optionalValue,
    date: optionalValue,
    units: optionalValue,
    charge: optionalValue,
  },
  { error: 'expected an item object' },
);

const ClaimBody = z.object(
  {
    payer: z.string({ error: 'expected the payer profile, such as "medicare"' }),
    billType: optionalValue,
    from: optionalValue,
    through: optionalValue,
    admissionDate: optionalValue,
    noaAcceptedDate: optionalValue,
    patientStatus: optionalValue,
    hipps: optionalValue,
    lupaThreshold: optionalValue,
    remarks: z.string({ error: 'expected the remarks as text' }).optional().nullable(),
    conditionCodes: z.array(textOrNumber, { error: 'expected a list of codes' }).optional(),
    occurrenceCodes: z
      .array(
        z.object({ code: optionalValue, date: optionalValue }, { error: 'expected {code, date}' }),
        {
          error: 'expected a list of {code, date}',
        },
      )
      .optional(),
    occurrenceSpanCodes: z
      .array(
        z.object(
          { code: optionalValue, from: optionalValue, through: optionalValue },
          { error: 'expected {code, from, through}' },
        ),
        { error: 'expected a list of {code, from, through}' },
      )
      .optional(),
    valueCodes: z
      .array(
        z.object(
          { code: optionalValue, value: optionalValue },
          { error: 'expected {code, value}' },
        ),
        { error: 'expected a list of {code, value}' },
      )
      .optional(),
    visits: z.array(VisitEntry, { error: 'expected a list of visits' }),
    items: z.array(ItemEntry, { error: 'expected a list of items' }).optional(),
  },
  { error: 'expected a claim object with payer and visits' },
);

const ClaimFileSchema = z.object({
  format: z.literal(CLAIM_FILE_FORMAT),
  version: z.literal(CLAIM_FILE_VERSION),
  exportedAt: z.string({ error: 'expected a date as text' }).optional(),
  name: z.string({ error: 'expected the claim’s name as text' }),
  claim: ClaimBody,
});

export type ClaimFileOutcome =
  { ok: true; name: string; claim: DraftClaim } | { ok: false; problems: string[] };

/** The file for a draft; `exportedAt` only when the caller passes a date (no clock here). */
export function buildClaimFile(name: string, claim: DraftClaim, exportedAt?: string): ClaimFile {
  return {
    format: CLAIM_FILE_FORMAT,
    version: CLAIM_FILE_VERSION,
    ...(exportedAt === undefined ? {} : { exportedAt }),
    name,
    claim: toEngineClaim(claim),
  };
}

export function claimFileText(name: string, claim: DraftClaim, exportedAt?: string): string {
  return `${JSON.stringify(buildClaimFile(name, claim, exportedAt), null, 2)}\n`;
}

/** `claim.visits[2].minutes` from zod's path. */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) =>
      typeof key === 'number'
        ? `${text}[${key}]`
        : text === ''
          ? String(key)
          : `${text}.${String(key)}`,
    '',
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function problemsOf(error: z.ZodError, prefix: string): string[] {
  return error.issues.map((issue) => {
    const field = fieldPath([...(prefix === '' ? [] : [prefix]), ...issue.path]);
    return field === '' ? issue.message : `${field}: ${issue.message}.`;
  });
}

/** A claim in the engine's format, not wrapped in a claim file (the command line's input). */
function readBareClaim(value: Record<string, unknown>, name: string): ClaimFileOutcome {
  const parsed = ClaimBody.safeParse(value);
  return parsed.success
    ? { ok: true, name, claim: draftFromClaimInput(parsed.data) }
    : { ok: false, problems: problemsOf(parsed.error, 'claim') };
}

/**
 * Checks a parsed claim file; the claim becomes a draft (values kept as typed). A bare claim
 * (an object with visits and no format) is named `bareClaimName`.
 */
export function readClaimFileValue(
  value: unknown,
  bareClaimName = 'Opened claim',
): ClaimFileOutcome {
  if (Array.isArray(value))
    return {
      ok: false,
      problems: [
        `This file holds a list of ${value.length} claims; open one claim at a time (one claim object, or a claim file downloaded here).`,
      ],
    };
  if (isRecord(value) && value.format === undefined && 'visits' in value)
    return readBareClaim(value, bareClaimName);
  if (!isRecord(value) || value.format !== CLAIM_FILE_FORMAT)
    return {
      ok: false,
      problems: [
        `This is not a Visit-to-Claim claim file: its "format" should be "${CLAIM_FILE_FORMAT}", or it should be a claim with "payer" and "visits" (docs/claim-format.md).`,
      ],
    };
  if (value.version !== CLAIM_FILE_VERSION)
    return {
      ok: false,
      problems: [
        typeof value.version === 'number'
          ? `This file is version ${value.version}; this app reads version ${CLAIM_FILE_VERSION}.`
          : `This file has no version number; this app reads version ${CLAIM_FILE_VERSION}.`,
      ],
    };
  const parsed = ClaimFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, '') };
  return { ok: true, name: parsed.data.name, claim: draftFromClaimInput(parsed.data.claim) };
}

/** Reads a claim file's text (JSON) and checks it; a bare claim is named `bareClaimName`. */
export function readClaimFile(text: string, bareClaimName?: string): ClaimFileOutcome {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`This file is not JSON (${reason}).`] };
  }
  return readClaimFileValue(value, bareClaimName);
}
