// The fields of a non-visit item (a supply, DME or drug line), named once: the claim form's
// labels, the draft's fields and the engine's `invalid-input` wording come from this table.
import { fieldSpecs, type FieldSpec } from './field-spec.ts';

const itemFieldTable = {
  id: { label: 'Item', column: 'Item ID', reads: 'id' },
  revenueCode: { label: 'Revenue code', reads: 'code', aliases: ['rev code', 'revenue'] },
  hcpcs: { label: 'HCPCS', reads: 'code', aliases: ['hcpcs code'] },
  date: { label: 'Date', reads: 'date', aliases: ['date of service', 'dos'] },
  units: { label: 'Units', reads: 'whole-number' },
  charge: { label: 'Charge', reads: 'money', aliases: ['charges', 'amount'] },
} as const;

export type ItemFieldKey = keyof typeof itemFieldTable;

export const itemFields: readonly FieldSpec<ItemFieldKey>[] = fieldSpecs(itemFieldTable);

export const itemFieldKeys: readonly ItemFieldKey[] = itemFields.map((field) => field.key);
