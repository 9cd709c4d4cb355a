// The mapping step: which visit field each column fills. Columns matched by name are listed;
// each column the app does not recognise gets a choice (a visit field, or ignore it).
import { useId } from 'react';
import {
  visitColumnNames,
  visitFieldKeys,
  type VisitFieldKey,
} from '../../claim-format/visit-fields.ts';
import { isResultColumn, matchVisitColumn } from './visit-columns.ts';
import { unknownColumns, type ColumnMapping } from './visits-csv.ts';

interface ColumnMappingStepProps {
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}

function isField(value: string): value is VisitFieldKey {
  return (visitFieldKeys as readonly string[]).includes(value);
}

export function ColumnMappingStep({ headers, mapping, onChange }: ColumnMappingStepProps) {
  const id = useId();
  const unknown = unknownColumns(headers);
  const matched = headers.flatMap((header, index) => {
    const field = matchVisitColumn(header);
    return field && !isResultColumn(header) ? [{ header, field, index }] : [];
  });
  const results = headers.filter(isResultColumn);
  return (
    <div className="column-mapping">
      {matched.length > 0 ? (
        <p>
          Columns read by name:{' '}
          {matched
            .map(({ header, field }) => `“${header}” as ${visitColumnNames[field]}`)
            .join(', ')}
          .
        </p>
      ) : null}
      {results.length > 0 ? (
        <p className="muted">
          Result columns skipped (the app works them out again): {results.join(', ')}.
        </p>
      ) : null}
      {unknown.length > 0 ? (
        <fieldset>
          <legend>Columns this app does not recognise</legend>
          <p className="muted" id={`${id}-hint`}>
            Choose the visit field each column holds, or ignore it.
          </p>
          <div className="mapping-list">
            {unknown.map((index) => (
              <div className="field" key={index}>
                <label htmlFor={`${id}-column-${index}`}>Column “{headers[index]}”</label>
                <select
                  id={`${id}-column-${index}`}
                  aria-describedby={`${id}-hint`}
                  value={mapping[index] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    const next = [...mapping];
                    next[index] = isField(value) ? value : null;
                    onChange(next);
                  }}
                >
                  <option value="">Ignore this column</option>
                  {visitFieldKeys.map((field) => (
                    <option key={field} value={field}>
                      {visitColumnNames[field]}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </fieldset>
      ) : null}
    </div>
  );
}
