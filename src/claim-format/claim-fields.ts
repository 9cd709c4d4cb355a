// The claim's own fields (its context: payer, type of bill, period, codes, remarks) and the
// fields of its coded lists, named once: the claim form's labels, the draft's fields, claim
// files and the engine's `invalid-input` wording come from this table.
import { byKey, fieldSpecs, type FieldSpec } from './field-spec.ts';

/**
 * Remarks (UB-04 FL 80) at most this long: the 837I carries claim remarks in one NTE segment of
 * 80 characters (verified: false; the paper form's four lines hold a little more).
 */
export const MAX_REMARKS_LENGTH = 80;

const claimFieldTable = {
  payer: { label: 'Payer profile', reads: 'choice' },
  billType: { label: 'Type of bill', reads: 'code', aliases: ['tob', 'bill type'] },
  from: { label: 'Period from', reads: 'date', aliases: ['from date'] },
  through: { label: 'Period through', reads: 'date', aliases: ['through date', 'to date'] },
  admissionDate: { label: 'Admission date', reads: 'date', aliases: ['soc date'] },
  noaAcceptedDate: { label: 'NOA accepted date', reads: 'date' },
  patientStatus: { label: 'Patient status', reads: 'code', aliases: ['discharge status'] },
  hipps: { label: 'HIPPS code', reads: 'code', aliases: ['hipps'] },
  hippsModifiers: {
    label: 'HIPPS line modifiers',
    reads: 'modifiers',
    aliases: ['0023 modifiers', 'hipps modifiers'],
  },
  lupaThreshold: { label: 'LUPA threshold', reads: 'whole-number' },
  remarks: { label: 'Remarks', reads: 'free-text', aliases: ['fl 80', 'claim remarks'] },
  conditionCodes: { label: 'Condition codes', reads: 'code-list' },
  occurrenceCodes: { label: 'Occurrence codes', reads: 'entries' },
  occurrenceSpanCodes: { label: 'Occurrence span codes', reads: 'entries' },
  valueCodes: { label: 'Value codes', reads: 'entries' },
  visits: { label: 'Visits', reads: 'entries' },
  items: { label: 'Items', reads: 'entries' },
} as const;

export type ClaimFieldKey = keyof typeof claimFieldTable;

export const claimFields: readonly FieldSpec<ClaimFieldKey>[] = fieldSpecs(claimFieldTable);

export const claimFieldKeys: readonly ClaimFieldKey[] = claimFields.map((field) => field.key);

/** Each claim field as the claim form labels it ("Period through"). */
export const claimFieldLabels = byKey(claimFields, (field) => field.label);
