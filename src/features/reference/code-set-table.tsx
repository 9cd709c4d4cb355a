// One code set as a sortable table with a filter on every column (@tanstack/react-table v9).
import {
  columnFilteringFeature,
  createColumnHelper,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { hrefFor } from '../../components/use-hash-route.ts';
import { EntryLinks } from './entry-links.tsx';
import { entryRoute, type CodeSet, type ReferenceEntry } from './reference-entry.ts';
import { cellMatchesFilter } from './search-text.ts';
import { UnverifiedBadge } from './unverified-badge.tsx';

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});

const helper = createColumnHelper<typeof features, ReferenceEntry>();

function buildColumns(set: CodeSet) {
  const [firstColumn] = set.columns;
  return helper.columns([
    helper.accessor((entry) => entry.key, {
      id: 'key',
      header: set.keyHeader,
      sortFn: 'alphanumeric',
      filterFn: (row, columnId, filter: unknown) =>
        cellMatchesFilter(String(row.getValue(columnId)), String(filter ?? '')),
      cell: (info) => (
        <a href={hrefFor(...entryRoute(info.row.original))}>{info.row.original.key}</a>
      ),
    }),
    ...set.columns.map((column) =>
      helper.accessor((entry) => entry.cells[column.id]?.text ?? '', {
        id: column.id,
        header: column.header,
        sortFn: 'alphanumeric',
        filterFn: (row, columnId, filter: unknown) =>
          cellMatchesFilter(String(row.getValue(columnId)), String(filter ?? '')),
        cell: (info) => {
          const entry = info.row.original;
          const cell = entry.cells[column.id];
          return (
            <>
              {cell?.links === undefined ? info.getValue() : <EntryLinks links={cell.links} />}
              {column === firstColumn && !entry.verified ? (
                <>
                  {' '}
                  <UnverifiedBadge note={entry.unverifiedNote} />
                </>
              ) : null}
            </>
          );
        },
      }),
    ),
  ]);
}

// Columns are built once per code set and reused on every render.
const columnsBySet = new WeakMap<CodeSet, ReturnType<typeof buildColumns>>();
function columnsFor(set: CodeSet): ReturnType<typeof buildColumns> {
  let columns = columnsBySet.get(set);
  if (columns === undefined) {
    columns = buildColumns(set);
    columnsBySet.set(set, columns);
  }
  return columns;
}

const sortLabels = { asc: 'ascending', desc: 'descending' } as const;

/** `entries` must be stable (memoized by the caller): a new array re-runs the row models. */
export function CodeSetTable({
  set,
  entries,
}: {
  set: CodeSet;
  entries: readonly ReferenceEntry[];
}) {
  const table = useTable({
    features,
    columns: columnsFor(set),
    data: entries as ReferenceEntry[],
    getRowId: (entry) => entry.key,
  });
  const rows = table.getRowModel().rows;

  return (
    <div
      className="reference-table-scroll"
      role="region"
      aria-label={`${set.title} table`}
      tabIndex={0}
    >
      <table className="reference-table">
        <caption>
          {set.title}: {rows.length} of {entries.length} shown
        </caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === false ? undefined : sortLabels[sorted]}
                  >
                    <button
                      type="button"
                      className="reference-sort"
                      onClick={header.column.getToggleSortingHandler()}
                    >
                      <table.FlexRender header={header} />
                      <span className="reference-sort-mark">
                        {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                      </span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
          <tr className="reference-filters">
            {table.getFlatHeaders().map((header) => {
              const label = String(header.column.columnDef.header ?? header.id);
              return (
                <td key={header.id}>
                  <input
                    type="search"
                    aria-label={`Filter ${set.title} by ${label}`}
                    placeholder="Filter"
                    value={String(header.column.getFilterValue() ?? '')}
                    onChange={(event) => header.column.setFilterValue(event.target.value)}
                  />
                </td>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) =>
                cell.column.id === 'key' ? (
                  <th key={cell.id} scope="row">
                    <table.FlexRender cell={cell} />
                  </th>
                ) : (
                  <td key={cell.id} data-column={cell.column.id}>
                    <table.FlexRender cell={cell} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? <p>No rows match these filters.</p> : null}
    </div>
  );
}
