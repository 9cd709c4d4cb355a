// What the grid needs to know about pasting before any rows are parsed: which text is rows, and
// the column order of rows without a header. The parser itself (paste-visits.ts) loads on paste.
import type { VisitField } from '../../state/draft-claim.ts';
import { visitFieldKeys } from '../../claim-format/visit-fields.ts';

/** Without a header row, the columns are read in this order: the grid's editable cells. */
export const pasteColumnOrder: readonly VisitField[] = visitFieldKeys.filter(
  (field): field is VisitField => field !== 'id' && field !== 'activities',
);

/** True when the text looks like rows from a spreadsheet rather than one cell's value. */
export function looksLikeRows(text: string): boolean {
  return text.includes('\t') || /\r?\n./.test(text.trim());
}
