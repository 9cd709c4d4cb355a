// The header and total rows of the UB-04 claim lines table (columns in claim-line-columns.ts),
// shared by the calculator's table and the print view.
import { claimLineColumns } from './claim-line-columns.ts';

/** The total row's label spans the columns before the first number (units, then charge). */
const labelSpan = claimLineColumns.findIndex((column) => column.number);

/** `rowIndex` is the row's aria-rowindex, where the table draws only some of its rows. */
export function ClaimLinesHead({ rowIndex }: { rowIndex?: number | undefined }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {claimLineColumns.map((column) => (
          <th key={column.header} scope="col" className={column.number ? 'number' : undefined}>
            {column.header}
          </th>
        ))}
      </tr>
    </thead>
  );
}

interface ClaimLinesFootProps {
  label: string;
  units: number;
  /** The total charge, formatted. */
  charge: string;
  rowIndex?: number | undefined;
}

/** The total row: its label under the text columns, then the units and the charge. */
export function ClaimLinesFoot({ label, units, charge, rowIndex }: ClaimLinesFootProps) {
  return (
    <tfoot>
      <tr aria-rowindex={rowIndex}>
        <th scope="row" colSpan={labelSpan}>
          {label}
        </th>
        <td className="number">{units}</td>
        <td className="number">{charge}</td>
      </tr>
    </tfoot>
  );
}
