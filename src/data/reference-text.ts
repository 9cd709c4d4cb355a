// The code tables' words for the desk reference: notes, rules and what each source covers.
// Kept apart from the tables because only the reference shows them, so the calculator's first
// view does not download them. Validated once, when first imported, like the code tables.
import rows from './reference-text.json';
import { ReferenceText, type ReferenceTextRow } from './schema.ts';

/** The raw JSON, as bundled; exported for the data tests. */
export const rawReferenceText = rows;

const text = ReferenceText.parse(rows);
const NONE: ReferenceTextRow = {};

/** The words for entry `key` of code set `setId` ("revenue-codes", "0270"); none if it has none. */
export function referenceText(setId: string, key: string): ReferenceTextRow {
  return text[setId]?.[key] ?? NONE;
}
