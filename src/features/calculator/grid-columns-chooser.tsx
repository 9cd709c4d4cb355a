// Shows or hides the grid's optional columns (times, mode, days monitored, setting, travel and
// documentation minutes, entered codes and units, charge). Hiding what a coder does not use
// brings the results beside the minutes on a narrower screen; the rarely used ones start hidden.
import { useGridColumns, optionalGridColumns } from '../../state/grid-columns.ts';
import { visitFieldLabels } from '../../claim-format/visit-fields.ts';

export function GridColumnsChooser() {
  const hidden = useGridColumns((state) => state.hidden);
  const setShown = useGridColumns((state) => state.setShown);
  const showAll = useGridColumns((state) => state.showAll);
  return (
    <details className="grid-columns">
      <summary>Columns{hidden.length > 0 ? ` (${hidden.length} hidden)` : ''}</summary>
      <fieldset>
        <legend>Show these columns</legend>
        {optionalGridColumns.map((column) => (
          <label key={column}>
            <input
              type="checkbox"
              checked={!hidden.includes(column)}
              onChange={(event) => setShown(column, event.target.checked)}
            />
            {visitFieldLabels[column]}
          </label>
        ))}
        <button type="button" onClick={showAll} disabled={hidden.length === 0}>
          Show all columns
        </button>
      </fieldset>
    </details>
  );
}
