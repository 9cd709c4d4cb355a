// Paste from a spreadsheet: the rows that can be read become visits; the others are listed
// with their row, column and what is wrong.
import { useId, useState } from 'react';
import type { VisitField } from '../../state/draft-claim.ts';
import { visitColumnNames, visitFieldLabels } from '../../claim-format/visit-fields.ts';
import type { PasteProblem } from './paste-visits.ts';
import { pasteColumnOrder } from './paste-columns.ts';

export interface PasteOutcome {
  added: number;
  problems: PasteProblem[];
  /** What the reader decided on the rows it added, by row and column (numbered as pasted). */
  notes?: PasteProblem[];
  /** Columns of the header row that nothing reads, by name. */
  ignored?: string[];
  /** Set when the rows could not be read at all; the pasted text is kept. */
  failure?: string;
  /** True when the rows that could not be read were left in the panel's box to correct. */
  keptInBox?: boolean;
  /** Set when the rows were pasted into a grid cell and filled the grid from there. */
  filled?: CellFillOutcome;
}

export interface CellFillOutcome {
  /** How many cells were given a value (an empty pasted cell empties its cell). */
  cells: number;
  /** 1-based, as the grid numbers visits. */
  firstVisit: number;
  lastVisit: number;
  /** The fields filled, left to right. */
  fields: VisitField[];
  /** Non-empty values that the paste changed. */
  replaced: number;
  /** Non-empty pasted values past the grid's last column, not stored. */
  leftOut: number;
}

export const PASTE_LOAD_FAILURE =
  'The paste reader could not be loaded, so nothing was added. Your rows are still in the box (or on the clipboard): reload the page and paste again.';

/**
 * `onPaste` adds the rows it can read and resolves to the text to leave in the box: the rows
 * that could not be read (with the header line), or null to leave the box as it is.
 */
export function PastePanel({ onPaste }: { onPaste: (text: string) => Promise<string | null> }) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <details className="panel paste-panel">
      <summary>Paste visits from a spreadsheet</summary>
      <p className="muted" id={`${id}-hint`}>
        Copy rows in Excel or Google Sheets, or an EMR or EVV export, and paste them here, or
        straight into the grid. With a header row, columns are matched by name (a clinician such as
        “Anna Smith, RN” and a task such as “PT Evaluation” are read too); without one they are read
        in this order: {pasteColumnOrder.map((field) => visitColumnNames[field]).join(', ')}.
      </p>
      <label htmlFor={`${id}-text`}>Rows copied from a spreadsheet</label>
      <textarea
        id={`${id}-text`}
        rows={4}
        value={text}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.target.value)}
      />
      <button
        type="button"
        disabled={text.trim() === ''}
        onClick={() => {
          const submitted = text;
          void onPaste(submitted).then((rest) => {
            // Anything typed while the rows were being read is kept as it is.
            if (rest !== null) setText((current) => (current === submitted ? rest : current));
          });
        }}
      >
        Add pasted visits
      </button>
    </details>
  );
}

function describeUnread(outcome: PasteOutcome): string {
  const count = new Set(outcome.problems.map((p) => p.row)).size;
  const rows = count === 1 ? '1 row' : `${count} rows`;
  return outcome.keptInBox
    ? `${rows} could not be read and ${count === 1 ? 'is' : 'are'} left in the box below to correct and add again (row numbers count the box’s lines):`
    : `${rows} could not be read:`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Filled 6 cells in visits 2–3, from Minutes to End. 2 values replaced; …" */
function describeFill(filled: CellFillOutcome, added: number): string {
  const visits =
    filled.firstVisit === filled.lastVisit
      ? `visit ${filled.firstVisit}`
      : `visits ${filled.firstVisit}–${filled.lastVisit}`;
  const first = filled.fields[0];
  const last = filled.fields.at(-1);
  const columns =
    first === undefined || last === undefined
      ? ''
      : first === last
        ? `, ${visitFieldLabels[first]}`
        : `, from ${visitFieldLabels[first]} to ${visitFieldLabels[last]}`;
  const parts = [
    `Filled ${count(filled.cells, 'cell', 'cells')} in ${visits}${columns}.`,
    added > 0 ? `Added ${count(added, 'visit', 'visits')} for the rows past the last one.` : '',
    filled.leftOut > 0
      ? `${count(filled.leftOut, 'value', 'values')} past the grid’s last column ${filled.leftOut === 1 ? 'was' : 'were'} left out; ${filled.leftOut === 1 ? 'it is' : 'they are'} still on the clipboard.`
      : '',
    `${filled.replaced === 0 ? 'No' : filled.replaced} value${filled.replaced === 1 ? '' : 's'} replaced; Ctrl+Z undoes the paste.`,
  ];
  return parts.filter(Boolean).join(' ');
}

export function PasteReport({ outcome }: { outcome: PasteOutcome | null }) {
  if (!outcome) return null;
  if (outcome.failure)
    return (
      <div className="paste-report" role="alert">
        <p>{outcome.failure}</p>
      </div>
    );
  if (outcome.filled)
    return (
      <div className="paste-report" role="status">
        <p>{describeFill(outcome.filled, outcome.added)}</p>
      </div>
    );
  return (
    <div className="paste-report" role="status">
      <p>
        Added {outcome.added} visit{outcome.added === 1 ? '' : 's'}.
        {outcome.ignored?.length ? ` Ignored: ${outcome.ignored.join(', ')}.` : ''}
        {outcome.problems.length ? ` ${describeUnread(outcome)}` : ''}
      </p>
      {outcome.problems.length ? (
        <ul>
          {outcome.problems.map((problem, index) => (
            <li key={index}>
              Row {problem.row}, {problem.column}: {problem.message}
            </li>
          ))}
        </ul>
      ) : null}
      {outcome.notes?.length ? (
        <details>
          <summary>
            {count(outcome.notes.length, 'note', 'notes')} on how values were read (rows as pasted)
          </summary>
          <ul>
            {outcome.notes.map((note, index) => (
              <li key={index}>
                Row {note.row}, {note.column}: {note.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
