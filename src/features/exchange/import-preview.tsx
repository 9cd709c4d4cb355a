// What an import would do, before it does it: how many rows are good and how many have
// problems, every problem with its row, column and reason, and the rows that would be added.
import { visitColumnNames, visitFieldKeys } from '../../claim-format/visit-fields.ts';
import type { VisitImport } from './visit-import.ts';

/** At most this many good rows are shown; all of them are imported. */
const PREVIEW_ROWS = 50;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function ImportPreview({ preview }: { preview: VisitImport }) {
  const shown = preview.goodRows.slice(0, PREVIEW_ROWS);
  const notes = preview.goodRows.flatMap((row) => row.notes);
  // The fields the rows give, however the columns gave them (a task gives the service).
  const fields = visitFieldKeys.filter((field) =>
    shown.some(({ visit }) => visit[field] !== undefined),
  );
  return (
    <div className="import-preview">
      <p className="counts" role="status">
        {plural(preview.goodRows.length, 'good row', 'good rows')},{' '}
        {plural(preview.badRowCount, 'row with problems', 'rows with problems')}
      </p>
      {preview.mappingProblems.length > 0 ? (
        <ul role="alert" className="problem-list">
          {preview.mappingProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      {preview.problems.length > 0 ? (
        <div className="exchange-table-scroll">
          <table className="exchange-table">
            <caption>Problems (these rows are not imported)</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Column</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {preview.problems.map((problem, index) => (
                <tr key={index}>
                  <td className="number">{problem.row}</td>
                  <td>{problem.column || '—'}</td>
                  <td>{problem.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {notes.length > 0 ? (
        <details className="import-notes">
          <summary>{plural(notes.length, 'note', 'notes')} on how values were read</summary>
          <ul>
            {notes.map((note, index) => (
              <li key={index}>
                Row {note.row}, {note.column}: {note.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {shown.length > 0 ? (
        <div className="exchange-table-scroll">
          <table className="exchange-table">
            <caption>
              Rows to import
              {preview.goodRows.length > shown.length
                ? ` (the first ${shown.length} of ${preview.goodRows.length} shown)`
                : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                {fields.map((field) => (
                  <th scope="col" key={field}>
                    {visitColumnNames[field]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.map(({ row, visit }) => (
                <tr key={row}>
                  <td className="number">{row}</td>
                  {fields.map((field) => (
                    <td key={field}>
                      {field === 'activities'
                        ? (visit.activities ?? [])
                            .map((activity) => `${activity.service} ${activity.minutes}`)
                            .join(', ')
                        : (visit[field] ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
