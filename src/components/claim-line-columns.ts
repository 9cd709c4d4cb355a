// The columns of the UB-04 claim lines table, in order, shared by the calculator's table and
// the print view so that the two say the same thing in the same place
// (claim-lines-table-parts.tsx draws the header and total rows).

export interface ClaimLineColumn {
  header: string;
  /** Numbers are right-aligned. */
  number?: boolean;
}

export const claimLineColumns: readonly ClaimLineColumn[] = [
  { header: 'Revenue code' },
  { header: 'Description' },
  { header: 'HCPCS' },
  { header: 'Service date' },
  { header: 'Units', number: true },
  { header: 'Charge', number: true },
];

/** "1 line", "3 lines": the count in the total row's label. */
export function countClaimLines(count: number): string {
  return `${count} line${count === 1 ? '' : 's'}`;
}
