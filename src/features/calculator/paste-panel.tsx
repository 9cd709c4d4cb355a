// Paste from a spreadsheet: the rows that can be read become visits; the others are listed
// with their row, column and what is wrong.
import { useId, useState } from 'react';
import { visitColumnNames } from '../../state/visit-fields.ts';
import type { PasteProblem } from './paste-visits.ts';
import { pasteColumnOrder } from './paste-columns.ts';

export interface PasteOutcome {
  added: number;
  problems: PasteProblem[];
  /** Set when the rows could not be read at all; the pasted text is kept. */
  failure?: string;
  /** True when the rows that could not be read were left in the panel's box to correct. */
  keptInBox?: boolean;
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
        Copy rows in Excel or Google Sheets and paste them here, or straight into the grid. With a
        header row, columns are matched by name; without one they are read in this order:{' '}
        {pasteColumnOrder.map((field) => visitColumnNames[field]).join(', ')}.
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

export function PasteReport({ outcome }: { outcome: PasteOutcome | null }) {
  if (!outcome) return null;
  if (outcome.failure)
    return (
      <div className="paste-report" role="alert">
        <p>{outcome.failure}</p>
      </div>
    );
  return (
    <div className="paste-report" role="status">
      <p>
        Added {outcome.added} visit{outcome.added === 1 ? '' : 's'}.
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
    </div>
  );
}
