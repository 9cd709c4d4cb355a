// The columns of a visits CSV: the Visit fields of the claim JSON format (docs/claim-format.md),
// named and matched by header in src/claim-format/visit-fields.ts (as pasted rows are), and the result
// columns this app writes on export, which an import skips. Pure: shared by the app's import
// and the command line.
import { matchVisitField } from '../../claim-format/visit-fields.ts';

/** The visit field a header names, or undefined when it names none. */
export const matchVisitColumn = matchVisitField;

/** A result column ("result units", "Result HCPCS") that this app wrote on export. */
export function isResultColumn(header: string): boolean {
  return /^result[\s_:-]/i.test(header.trim());
}
