// A whole claim as a file: {format, version, name, claim} with the claim in the engine's JSON
// format (docs/claim-format.md). A bare claim in that format (what the command line reads) opens
// too. Reading one trusts nothing: the wrapper and the claim's shape are checked with zod, and
// each problem names its field. The claim's shape comes from the field table: each field's kind
// says what a file may hold for it. Values a coder could have typed badly (a minutes of "abc")
// are kept: the engine reports them, and the app shows them beside its message.
import { z } from 'zod';
import { claimFields } from './claim-fields.ts';
import { upgradeClaim } from './claim-file-migrations.ts';
import type { FieldSpec, FieldValueKind } from './field-spec.ts';
import { itemFields } from './item-fields.ts';
import { describeTarget } from './target-labels.ts';
import type { FindingTarget } from '../engine/types.ts';
import { visitFields } from './visit-fields.ts';

export const CLAIM_FILE_FORMAT = 'visit-to-claim/claim';
/** 2: travel is recorded beside a visit's minutes, not inside them (claim-file-migrations.ts). */
export const CLAIM_FILE_VERSION = 2;
/** The oldest claim file version this app still reads, by migrating it. */
const OLDEST_CLAIM_FILE_VERSION = 1;

/** Whether a claim file of this version can be read (as is, or migrated). */
export function isReadableClaimFileVersion(version: unknown): version is number {
  return (
    typeof version === 'number' &&
    Number.isInteger(version) &&
    version >= OLDEST_CLAIM_FILE_VERSION &&
    version <= CLAIM_FILE_VERSION
  );
}

/** The claim of a claim file of a readable `version`, in this version's meaning. */
export function claimOfVersion(
  claim: Record<string, unknown>,
  version: number,
): Record<string, unknown> {
  return upgradeClaim(claim, version, CLAIM_FILE_VERSION);
}

export interface ClaimFile {
  format: typeof CLAIM_FILE_FORMAT;
  version: typeof CLAIM_FILE_VERSION;
  exportedAt?: string;
  name: string;
  claim: Record<string, unknown>;
}

export type ClaimFileRead =
  { ok: true; name: string; claim: Record<string, unknown> } | { ok: false; problems: string[] };

const textOrNumber = z.union([z.string(), z.number()], {
  error: 'expected text or a number',
});
const optionalValue = textOrNumber.optional().nullable();

/** A list of {…} entries with these keys, each text or a number. */
function entryList(keys: readonly string[]) {
  const shape = keys.join(', ');
  return z
    .array(
      z.object(Object.fromEntries(keys.map((key) => [key, optionalValue])), {
        error: `expected {${shape}}`,
      }),
      { error: `expected a list of {${shape}}` },
    )
    .optional()
    .nullable();
}

/** What a file may hold for a field of each kind (lists and entries have their own shapes). */
const valueSchemas: Partial<Record<FieldValueKind, z.ZodType>> = {
  'hcpcs-list': z
    .union([textOrNumber, z.array(z.string())], {
      error: 'expected a HCPCS code or a list of codes',
    })
    .optional()
    .nullable(),
  modifiers: z
    .union([z.string(), z.array(z.string())], {
      error: 'expected modifiers as text ("KX GP") or a list of them',
    })
    .optional()
    .nullable(),
  'free-text': z.string({ error: 'expected text' }).optional().nullable(),
  'code-list': z.array(textOrNumber, { error: 'expected a list of codes' }).optional(),
  activities: entryList(['service', 'minutes']),
};

function shapeOf(
  fields: readonly FieldSpec[],
  special: Readonly<Record<string, z.ZodType>> = {},
): Record<string, z.ZodType> {
  return Object.fromEntries(
    fields.map((field) => [
      field.key,
      special[field.key] ?? valueSchemas[field.reads] ?? optionalValue,
    ]),
  );
}

const VisitEntry = z.object(shapeOf(visitFields), { error: 'expected a visit object' });
const ItemEntry = z.object(shapeOf(itemFields), { error: 'expected an item object' });

const ClaimBody = z.object(
  shapeOf(claimFields, {
    payer: z.string({ error: 'expected the payer profile, such as "medicare"' }),
    occurrenceCodes: entryList(['code', 'date']),
    occurrenceSpanCodes: entryList(['code', 'from', 'through']),
    valueCodes: entryList(['code', 'value']),
    visits: z.array(VisitEntry, { error: 'expected a list of visits' }),
    items: z.array(ItemEntry, { error: 'expected a list of items' }).optional(),
  }),
  { error: 'expected a claim object with payer and visits' },
);

const ClaimFileSchema = z.object({
  format: z.literal(CLAIM_FILE_FORMAT),
  version: z.number(),
  exportedAt: z.string({ error: 'expected a date as text' }).optional(),
  name: z.string({ error: 'expected the claim’s name as text' }),
  claim: ClaimBody,
});

/** The file for a claim; `exportedAt` only when the caller passes a date (no clock here). */
export function buildClaimFile(
  name: string,
  claim: Record<string, unknown>,
  exportedAt?: string,
): ClaimFile {
  return {
    format: CLAIM_FILE_FORMAT,
    version: CLAIM_FILE_VERSION,
    ...(exportedAt === undefined ? {} : { exportedAt }),
    name,
    claim,
  };
}

export function claimFileText(
  name: string,
  claim: Record<string, unknown>,
  exportedAt?: string,
): string {
  return `${JSON.stringify(buildClaimFile(name, claim, exportedAt), null, 2)}\n`;
}

/** `claim.visits[2].minutes` from zod's path, for problems outside the claim ("name"). */
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

function stepName(step: PropertyKey | undefined): string | undefined {
  return typeof step === 'string' ? step : undefined;
}

function stepIndex(step: PropertyKey | undefined): number | undefined {
  return typeof step === 'number' ? step : undefined;
}

/** The target of a zod path inside the claim (["visits", 2, "minutes"]), from its steps. */
function targetOfSteps(steps: readonly PropertyKey[]): FindingTarget {
  const [first, second, third, fourth, fifth] = steps;
  const index = stepIndex(second);
  if ((first === 'visits' || first === 'items') && index !== undefined)
    return {
      list: first,
      index,
      field: stepName(third) ?? '',
      entry: stepIndex(fourth),
      key: stepName(fifth),
    };
  return { list: 'claim', field: stepName(first) ?? '', entry: index, key: stepName(third) };
}

/** Each problem named as the app labels the field ("Minutes, visit 3: expected …"). */
function problemsOf(error: z.ZodError, inClaim: boolean): string[] {
  return error.issues.map((issue) => {
    const steps = inClaim ? issue.path : issue.path.slice(1);
    const named =
      inClaim || issue.path[0] === 'claim'
        ? describeTarget(targetOfSteps(steps))
        : fieldPath(issue.path);
    return named === '' ? issue.message : `${named}: ${issue.message}.`;
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A claim in the engine's format, not wrapped in a claim file (the command line's input). */
function readBareClaim(value: Record<string, unknown>, name: string): ClaimFileRead {
  const parsed = ClaimBody.safeParse(value);
  return parsed.success
    ? { ok: true, name, claim: value }
    : { ok: false, problems: problemsOf(parsed.error, true) };
}

/**
 * Checks a parsed claim file and gives its claim, as written (values a coder could have typed
 * badly are kept; the engine names them). A bare claim (an object with visits and no format) is
 * named `bareClaimName`.
 */
export function readClaimFileValue(value: unknown, bareClaimName = 'Opened claim'): ClaimFileRead {
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
  if (!isReadableClaimFileVersion(value.version))
    return {
      ok: false,
      problems: [
        typeof value.version === 'number'
          ? `This file is version ${value.version}; this app reads versions up to ${CLAIM_FILE_VERSION}.`
          : `This file has no version number; this app reads versions up to ${CLAIM_FILE_VERSION}.`,
      ],
    };
  const parsed = ClaimFileSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error, false) };
  return {
    ok: true,
    name: parsed.data.name,
    claim: claimOfVersion(value.claim as Record<string, unknown>, value.version),
  };
}

/** Reads a claim file's text (JSON) and checks it; a bare claim is named `bareClaimName`. */
export function readClaimFile(text: string, bareClaimName?: string): ClaimFileRead {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`This file is not JSON (${reason}).`] };
  }
  return readClaimFileValue(value, bareClaimName);
}
