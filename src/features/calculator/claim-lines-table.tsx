// The claim lines as they would go on the UB-04: revenue code, description, HCPCS, service
// date, units and charge, with the generated location (Q-code) lines, the 0023 line and totals.
import { memo } from 'react';
import type { ClaimLine, ClaimResult } from '../../engine/index.ts';
import { describeHcpcs, describeRevenueCode } from './options.ts';

function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const dollars = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}

const kindLabels: Record<ClaimLine['kind'], string> = {
  hipps: 'HIPPS',
  visit: 'Visit',
  location: 'Location',
  item: 'Item',
};

function describeLine(line: ClaimLine): string {
  const revenue = describeRevenueCode(line.revenueCode);
  if (line.kind === 'location' && line.hcpcs) return describeHcpcs(line.hcpcs) || revenue;
  return revenue;
}

const ClaimLineRow = memo(function ClaimLineRow({ line }: { line: ClaimLine }) {
  return (
    <tr className={`line-${line.kind}`}>
      <td>{line.revenueCode}</td>
      <td>
        {describeLine(line)} <span className="muted">({kindLabels[line.kind]})</span>
      </td>
      <td>
        {line.hcpcs ? (
          line.kind === 'hipps' ? (
            line.hcpcs
          ) : (
            <a href={`#/reference/hcpcs/${line.hcpcs}`}>{line.hcpcs}</a>
          )
        ) : (
          '—'
        )}
      </td>
      <td>{line.date ?? '—'}</td>
      <td className="number">{line.units}</td>
      <td className="number">
        {line.chargeCents === undefined ? '—' : formatDollars(line.chargeCents)}
      </td>
    </tr>
  );
}, sameLine);

function sameLine(previous: { line: ClaimLine }, next: { line: ClaimLine }): boolean {
  const a = previous.line;
  const b = next.line;
  return (
    a.kind === b.kind &&
    a.revenueCode === b.revenueCode &&
    a.hcpcs === b.hcpcs &&
    a.date === b.date &&
    a.units === b.units &&
    a.chargeCents === b.chargeCents
  );
}

export const ClaimLinesTable = memo(function ClaimLinesTable({ result }: { result: ClaimResult }) {
  return (
    <section className="panel" aria-labelledby="claim-lines-heading">
      <h2 id="claim-lines-heading">Claim lines (UB-04)</h2>
      <div className="table-scroll">
        <table className="lines" aria-labelledby="claim-lines-heading">
          <thead>
            <tr>
              <th scope="col">Revenue code</th>
              <th scope="col">Description</th>
              <th scope="col">HCPCS</th>
              <th scope="col">Service date</th>
              <th scope="col" className="number">
                Units
              </th>
              <th scope="col" className="number">
                Charge
              </th>
            </tr>
          </thead>
          <tbody>
            {result.claimLines.map((line, index) => (
              <ClaimLineRow
                key={`${line.kind}-${line.itemId ?? line.visitIds.join('+')}-${index}`}
                line={line}
              />
            ))}
            {result.claimLines.length === 0 ? (
              <tr>
                <td colSpan={6} className="empty">
                  No claim lines yet.
                </td>
              </tr>
            ) : null}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Total ({result.claimLines.length} lines)
              </th>
              <td className="number">{result.totals.units}</td>
              <td className="number">{formatDollars(result.totals.chargeCents)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
});
