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
}

export const PASTE_LOAD_FAILURE =
  'The paste reader could not be loaded, so nothing was added. Your rows are still in the box (or on the clipboard): reload the page and paste again.';

export function PastePanel({ onPaste }: { onPaste: (text: string) => Promise<boolean> }) {
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
          void onPaste(text).then((read) => {
            if (read) setText('');
          });
        }}
      >
        Add pasted visits
      </button>
    </details>
  );
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
        {outcome.problems.length
          ? ` ${new Set(outcome.problems.map((p) => p.row)).size} row(s) could not be read:`
          : ''}
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
