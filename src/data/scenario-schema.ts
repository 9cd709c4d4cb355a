// The shape of a training scenario: a claim in the command line's format (so the engine, the
// calculator and the quiz read the same file) plus what a coder should conclude about it.
// `expected.lines` is the right coding of each visit; `expected.findings` are the finding ids
// the claim as submitted must raise. Strict objects, so a misspelt field fails the loader.
import { z } from 'zod';
import { MAX_REMARKS_LENGTH, type ClaimFieldKey } from '../claim-format/claim-fields.ts';
import type { ItemFieldKey } from '../claim-format/item-fields.ts';
import { MAX_VISIT_MODIFIERS, type VisitFieldKey } from '../claim-format/visit-fields.ts';
import {
  credentialIds,
  disciplineIds,
  payerIds,
  serviceIds,
  settingIds,
  visitModes,
} from './schema.ts';

// Classic zod (this file loads only with the training view); the enums come from the same lists.
const CredentialId = z.enum(credentialIds);
const DisciplineId = z.enum(disciplineIds);
const PayerId = z.enum(payerIds);
const ServiceId = z.enum(serviceIds);
const SettingId = z.enum(settingIds);
const VisitMode = z.enum(visitModes);

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const clockTime = z.string().regex(/^\d{2}:\d{2}$/, 'a time as HH:MM');
const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a kebab-case id');
const hcpcsCode = z.string().regex(/^[A-Z]\d{4}$/, 'a HCPCS code such as G0299');
const revenueCode = z.string().regex(/^\d{4}$/, 'a four-digit revenue code such as 0551');
const wholeMinutes = z.number().int().nonnegative();

// Each shape names every field of the claim format's table (a type error until a new field is
// given its scenario form here); the values are stricter than a claim file's: scenarios are
// written by hand and must be right.
export const ScenarioVisit = z.strictObject({
  id: z.string().min(1),
  date: isoDate,
  discipline: DisciplineId,
  credential: CredentialId,
  service: ServiceId.optional(),
  minutes: wholeMinutes.optional(),
  start: clockTime.optional(),
  end: clockTime.optional(),
  activities: z
    .array(z.strictObject({ service: ServiceId, minutes: z.number().int().positive() }))
    .min(1)
    .optional(),
  travelMinutes: wholeMinutes.optional(),
  documentationMinutes: wholeMinutes.optional(),
  mode: VisitMode.optional(),
  monitoringDays: z.number().int().positive().optional(),
  setting: SettingId.optional(),
  /** A code the coder entered (the scenario's mistake to find); a list is itself a mistake. */
  hcpcs: z.union([hcpcsCode, z.array(hcpcsCode).min(1)]).optional(),
  units: z.number().int().nonnegative().optional(),
  charge: z.number().nonnegative().optional(),
  /** HCPCS modifiers on the line ("KX GP"), up to four of two characters each. */
  modifiers: z
    .array(z.string().regex(/^[0-9A-Z]{2}$/, 'a two-character modifier such as KX'))
    .min(1)
    .max(MAX_VISIT_MODIFIERS)
    .optional(),
} satisfies Record<VisitFieldKey, z.ZodType>);

export const ScenarioItem = z.strictObject({
  id: z.string().min(1),
  revenueCode,
  hcpcs: z.string().min(1).optional(),
  date: isoDate,
  units: z.number().int().positive(),
  charge: z.number().nonnegative(),
} satisfies Record<ItemFieldKey, z.ZodType>);

/** The right coding of one visit line. `null` code and units: no code fits, nothing to bill. */
export const ExpectedLine = z
  .strictObject({
    hcpcs: hcpcsCode.nullable(),
    revenueCode: revenueCode.nullable(),
    units: z.number().int().nonnegative().nullable(),
    /** The line's date of service, when the lesson is the date (visits across midnight). */
    date: isoDate.optional(),
  })
  .refine((line) => (line.hcpcs === null) === (line.units === null), {
    message: 'units are null exactly when no HCPCS code fits',
  });

/** A claim line that must appear (location Q-code lines, which belong to no single answer). */
export const ExpectedClaimLine = z.strictObject({
  kind: z.enum(['hipps', 'visit', 'location', 'item']),
  hcpcs: z.string().nullable(),
  revenueCode,
  date: isoDate,
  units: z.number().int().nonnegative(),
});

const trainingFields = {
  id: kebabId,
  title: z.string().min(1),
  /** 2–4 plain-English sentences; no names or identifiers. */
  story: z.string().min(1),
  topics: z.array(z.string().min(1)).min(1),
  expected: z.strictObject({
    lines: z.record(z.string(), ExpectedLine),
    findings: z.array(kebabId),
    claimLines: z.array(ExpectedClaimLine).optional(),
  }),
  conclusion: z.string().min(1),
};

const claimFields = {
  payer: PayerId,
  billType: z
    .string()
    .regex(/^03[24][0-9A-Z]$/)
    .optional(),
  from: isoDate.optional(),
  through: isoDate.optional(),
  admissionDate: isoDate.optional(),
  noaAcceptedDate: isoDate.optional(),
  patientStatus: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
  hipps: z.string().optional(),
  lupaThreshold: z.number().int().positive().optional(),
  /** Remarks (UB-04 FL 80), free text. */
  remarks: z.string().min(1).max(MAX_REMARKS_LENGTH).optional(),
  hippsModifiers: z.string().optional(),
  conditionCodes: z.array(z.string()).optional(),
  occurrenceCodes: z.array(z.strictObject({ code: z.string(), date: isoDate })).optional(),
  occurrenceSpanCodes: z
    .array(z.strictObject({ code: z.string(), from: isoDate, through: isoDate }))
    .optional(),
  valueCodes: z.array(z.strictObject({ code: z.string(), value: z.string() })).optional(),
  visits: z.array(ScenarioVisit).min(1),
  items: z.array(ScenarioItem).optional(),
} satisfies Record<ClaimFieldKey, z.ZodType>;

export const Scenario = z
  .strictObject({ ...trainingFields, ...claimFields })
  .superRefine((scenario, context) => {
    const visitIds = new Set<string>();
    for (const visit of scenario.visits) {
      if (visitIds.has(visit.id))
        context.addIssue({ code: 'custom', message: `visit id ${visit.id} is used twice` });
      visitIds.add(visit.id);
    }
    for (const lineId of Object.keys(scenario.expected.lines))
      if (!visitIds.has(lineId))
        context.addIssue({
          code: 'custom',
          path: ['expected', 'lines', lineId],
          message: `expected.lines names ${lineId}, which is not a visit of this scenario`,
        });
  });

export type ScenarioVisit = z.infer<typeof ScenarioVisit>;
export type ExpectedLine = z.infer<typeof ExpectedLine>;
export type ExpectedClaimLine = z.infer<typeof ExpectedClaimLine>;
export type Scenario = z.infer<typeof Scenario>;
export type ScenarioClaim = Omit<Scenario, keyof typeof trainingFields>;

/** The scenario's claim as submitted, in the command line's format (coder's entries kept). */
export function scenarioClaim(scenario: Scenario): ScenarioClaim {
  const claim: Partial<Scenario> = { ...scenario };
  for (const field of Object.keys(trainingFields) as (keyof typeof trainingFields)[])
    delete claim[field];
  return claim as ScenarioClaim;
}

/** The claim with the coder's codes and units taken off, so the engine gives its own coding. */
export function uncodedClaim(scenario: Scenario): ScenarioClaim {
  const claim = scenarioClaim(scenario);
  return {
    ...claim,
    visits: claim.visits.map((visit) => {
      const rest = { ...visit };
      delete rest.hcpcs;
      delete rest.units;
      return rest;
    }),
  };
}

/** Whether the coder keyed a code or units on this visit (shown to trainees as "as submitted"). */
export function hasCoderEntries(visit: ScenarioVisit): boolean {
  return visit.hcpcs !== undefined || visit.units !== undefined;
}
