// The mapping step: what each column of the file holds. Every column has a choice, matched by
// name to begin with: a visit field, a clinician or task column that fills several, or nothing
// (ignored). Any choice may be changed, a recognised column's too; the ignored columns are
// listed by name so nothing is dropped unseen.
import { useId } from 'react';
import type { RowColumn } from '../../claim-format/read-visit-row.ts';
import { rowColumnNames } from '../../claim-format/visit-fields.ts';
import { isResultColumn } from '../../claim-format/visits-csv.ts';
import { ignoredColumns, type ColumnMapping } from '../../claim-format/visits-csv.ts';

interface ColumnMappingStepProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

const choices = Object.entries(rowColumnNames) as [RowColumn, string][];

function asRowColumn(value: string): RowColumn | null {
  return choices.find(([column]) => column === value)?.[0] ?? null;
}

export function ColumnMappingStep({ headers, mapping, onChange }: ColumnMappingStepProps) {
  const id = useId();
  const results = headers.filter(isResultColumn);
  const ignored = ignoredColumns(headers, mapping);
  return (
    <div className="column-mapping">
      <p role="status">
        {ignored.length > 0 ? `Ignored: ${ignored.join(', ')}.` : 'Every column is read.'}
      </p>
      {results.length > 0 ? (
        <p className="muted">
          Result columns skipped (the app works them out again): {results.join(', ')}.
        </p>
      ) : null}
      <fieldset>
        <legend>What each column holds</legend>
        <p className="muted" id={`${id}-hint`}>
          Columns are matched by name; choose another meaning for any of them, or ignore it. The
          choice is remembered in this browser for the next file with the same columns.
        </p>
        <div className="mapping-list">
          {headers.map((header, index) =>
            isResultColumn(header) ? null : (
              <div className="field" key={index}>
                <label htmlFor={`${id}-column-${index}`}>Column “{header}”</label>
                <select
                  id={`${id}-column-${index}`}
                  aria-describedby={`${id}-hint`}
                  value={mapping[index] ?? ''}
                  onChange={(event) => {
                    const next = [...mapping];
                    next[index] = asRowColumn(event.target.value);
                    onChange(next);
                  }}
                >
                  <option value="">Ignore this column</option>
                  {choices.map(([column, name]) => (
                    <option key={column} value={column}>
                      {name}
                    </option>
                  ))}
                </select>
              </div>
            ),
          )}
        </div>
      </fieldset>
    </div>
  );
}
