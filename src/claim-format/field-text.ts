// How a value of the claim JSON format is written back as the text a coder would have typed:
// what a draft holds, a grid cell shows and a file's cell carries. Lists are written so the
// reader splits them the same way again (two HCPCS codes stay two codes, never one bad code).
import type { FieldSpec } from './field-spec.ts';

/** How each list kind joins its entries; the engine and the cell readers split on these. */
const LIST_SEPARATORS: Partial<Record<FieldSpec['reads'], string>> = {
  'hcpcs-list': ', ',
  'code-list': ', ',
  modifiers: ' ',
};

function scalarText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  return '';
}

/** A field's value as text: strings as they are, numbers in full, lists joined, anything else blank. */
export function writeFieldText(field: Pick<FieldSpec, 'reads'>, value: unknown): string {
  if (!Array.isArray(value)) return scalarText(value);
  return value.map(scalarText).join(LIST_SEPARATORS[field.reads] ?? ' ');
}
