// The cells of one visit row: editable inputs (kept exactly as typed) and the engine's answer.
import { useContext } from 'react';
import { claimActions } from '../../state/claim-store.ts';
import type { VisitField } from '../../state/draft-claim.ts';
import { visitFieldLabels } from '../../state/visit-fields.ts';
import { GridCallbacksContext } from './grid-callbacks.ts';
import { cellId, describeCounts, type GridRow } from './grid-rows.ts';
import type { Option } from './options.ts';
import { wordsFor } from './options.ts';
import { deleteKeepingFocus, focusVisitControl } from './row-focus.ts';

export interface EditColumn {
  field: VisitField;
  /** The column header, when shorter than the field's label (which starts each cell's name). */
  header?: string;
  kind: 'text' | 'select';
  options?: Option[];
  /** Label of the empty choice in a select. */
  emptyLabel?: string;
  /**
   * A value that means the same as the empty choice (a blank mode is in person). It is not
   * offered again; where a visit holds it (pasted or imported), it is shown as the empty
   * choice's label with "(entered)".
   */
  sameAsEmpty?: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal' | 'text';
  size: 'xs' | 'code' | 'time' | 'date' | 's' | 'm' | 'l';
}

export function EditCell({ row, column }: { row: GridRow; column: EditColumn }) {
  const { visit, index } = row;
  const value = visit[column.field];
  const id = cellId(index, column.field);
  const error = row.result?.cellErrors[column.field];
  const errorId = `${id}-error`;
  const common = {
    id,
    'aria-label': `${visitFieldLabels[column.field]}, visit ${index + 1}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    'data-row': index,
    'data-col': column.field,
    className: `cell-input size-${column.size}`,
  } as const;
  const onChange = (next: string) => claimActions().editVisit(visit.id, column.field, next);
  return (
    <>
      {column.kind === 'select' ? (
        <select {...common} value={value} onChange={(event) => onChange(event.target.value)}>
          <option value="">{column.emptyLabel ?? '—'}</option>
          {value !== '' && value === column.sameAsEmpty ? (
            <option value={value}>{column.emptyLabel} (entered)</option>
          ) : value !== '' && !column.options?.some((option) => option.value === value) ? (
            <option value={value}>{value} (not recognised)</option>
          ) : null}
          {column.options?.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      ) : (
        <input
          {...common}
          type="text"
          value={value}
          placeholder={column.placeholder}
          inputMode={column.inputMode}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error ? (
        <>
          {/* The whole message, beside the cell while it has focus (see the CSS). */}
          <span className="cell-error-full" aria-hidden="true">
            {error}
          </span>
          <span className="cell-error" id={errorId}>
            {error}
          </span>
        </>
      ) : null}
    </>
  );
}

export function VisitNumberCell({ row }: { row: GridRow }) {
  const { selectVisit } = useContext(GridCallbacksContext);
  const number = row.index + 1;
  return (
    <button
      type="button"
      className="visit-number"
      id={cellId(row.index, 'id')}
      data-row={row.index}
      data-col="id"
      aria-label={`Visit ${number}: show the math`}
      onClick={() => selectVisit(row.visit.id)}
    >
      Visit {number}
    </button>
  );
}

export function HcpcsResultCell({ row }: { row: GridRow }) {
  const result = row.result;
  if (!result?.hcpcs) return <span className="muted">none</span>;
  const checked = result.suggestedHcpcs !== null && result.suggestedHcpcs !== result.hcpcs;
  return (
    <span>
      <a href={`#/reference/hcpcs/${result.hcpcs}`}>{result.hcpcs}</a>
      {checked ? (
        <span className="muted">
          {' '}
          (suggested{' '}
          <a href={`#/reference/hcpcs/${result.suggestedHcpcs}`}>{result.suggestedHcpcs}</a>)
        </span>
      ) : null}
    </span>
  );
}

export function RevenueResultCell({ row }: { row: GridRow }) {
  return <span>{row.result?.revenueCode ?? '—'}</span>;
}

export function UnitsResultCell({ row }: { row: GridRow }) {
  return (
    <span id={cellId(row.index, 'units-result')} className="units-result">
      {row.result?.units ?? 0}
    </span>
  );
}

export function UnitBasisCell({ row }: { row: GridRow }) {
  const basis = row.result?.unitBasis;
  return <span>{basis ? wordsFor(basis) : '—'}</span>;
}

export function FindingsMarkerCell({ row }: { row: GridRow }) {
  const { selectVisit } = useContext(GridCallbacksContext);
  const result = row.result;
  if (!result || result.errors + result.warnings + result.infos === 0)
    return <span className="marker marker-ok">OK</span>;
  const text = describeCounts(result.errors, result.warnings, result.infos);
  const severity = result.errors ? 'error' : result.warnings ? 'warning' : 'info';
  return (
    <button
      type="button"
      className={`marker marker-${severity}`}
      aria-label={`Findings for visit ${row.index + 1}: ${text}`}
      onClick={() => selectVisit(row.visit.id)}
    >
      <span aria-hidden="true">
        {severity === 'error' ? '✖ ' : severity === 'warning' ? '▲ ' : 'ℹ '}
      </span>
      {text}
    </button>
  );
}

export function RowActionsCell({ row }: { row: GridRow }) {
  const number = row.index + 1;
  const visitId = row.visit.id;
  return (
    <span className="row-actions">
      <button
        type="button"
        id={cellId(row.index, 'duplicate')}
        aria-label={`Duplicate visit ${number}`}
        onClick={() => {
          const copy = claimActions().duplicateVisit(visitId);
          if (copy) focusVisitControl(copy, 'date', { select: true });
        }}
      >
        Duplicate
      </button>
      <button
        type="button"
        id={cellId(row.index, 'insert')}
        aria-label={`Insert visit above visit ${number}`}
        onClick={() =>
          focusVisitControl(claimActions().insertVisit(row.index), 'date', { select: true })
        }
      >
        Insert
      </button>
      <button
        type="button"
        id={cellId(row.index, 'delete')}
        aria-label={`Delete visit ${number}`}
        onClick={() =>
          deleteKeepingFocus(visitId, 'delete', () => claimActions().deleteVisit(visitId))
        }
      >
        Delete
      </button>
    </span>
  );
}
