// The columns of a visits CSV: the Visit fields of the claim JSON format (docs/claim-format.md)
// and the export columns that fill several (a clinician, a task), named and matched by header in
// src/state/visit-fields.ts (as pasted rows are), and the result columns this app writes on
// export, which an import skips. Pure: shared by the app's import and the command line.
import { matchRowColumn } from '../../claim-format/visit-fields.ts';

/** What a column holds by its header (a visit field, a clinician, a task), or undefined. */
export const matchVisitColumn = matchRowColumn;

/** A result column ("result units", "Result HCPCS") that this app wrote on export. */
export function isResultColumn(header: string): boolean {
  return /^result[\s_:-]/i.test(header.trim());
}
