// The claim lines as they would go on the UB-04: revenue code, description, HCPCS, service
// date, units and charge, with the generated location (Q-code) lines, the 0023 line and totals.
// Every line is drawn, however long the claim: the table grows with the page instead of
// scrolling in a box of its own. Rows are memoized, so a keystroke redraws the lines it changed.
import { ClaimFigures } from '../../components/claim-figures.tsx';
import { memo } from 'react';
import { claimLineColumns, countClaimLines } from '../../components/claim-line-columns.ts';
import { claimLineKindLabels, claimWords } from '../../components/claim-line-words.ts';
import { ClaimLinesFoot, ClaimLinesHead } from '../../components/claim-lines-table-parts.tsx';
import { formatDollars } from '../../components/money.ts';
import { codeTables } from '../../data/index.ts';
import type { ClaimLine, ClaimResult } from '../../engine/index.ts';

const words = claimWords(codeTables);

interface ClaimLineRowProps {
  line: ClaimLine;
}

const ClaimLineRow = memo(function ClaimLineRow({ line }: ClaimLineRowProps) {
  return (
    <tr className={`line-${line.kind}`}>
      <td className="code">{line.revenueCode}</td>
      <td>
        {words.claimLine(line)} <span className="muted">({claimLineKindLabels[line.kind]})</span>
      </td>
      <td className="code">
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
      <td className="code">{line.date ?? '—'}</td>
      <td className="number">{line.units}</td>
      <td className="number">
        {line.chargeCents === undefined ? '—' : formatDollars(line.chargeCents)}
      </td>
    </tr>
  );
}, sameLine);

function sameLine(previous: ClaimLineRowProps, next: ClaimLineRowProps): boolean {
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
  const lines = result.claimLines;
  return (
    <section className="panel" aria-labelledby="claim-lines-heading">
      <h2 id="claim-lines-heading">Claim lines (UB-04)</h2>
      <div className="table-scroll">
        <table className="lines" aria-labelledby="claim-lines-heading">
          <ClaimLinesHead />
          <tbody>
            {lines.map((line, index) => (
              <ClaimLineRow
                key={`${line.kind}-${line.itemId ?? line.visitIds.join('+')}-${index}`}
                line={line}
              />
            ))}
            {lines.length === 0 ? (
              <tr>
                <td colSpan={claimLineColumns.length} className="empty">
                  No claim lines yet.
                </td>
              </tr>
            ) : null}
          </tbody>
          <ClaimLinesFoot
            label={`Total (${countClaimLines(lines.length)})`}
            units={result.totals.units}
            charge={formatDollars(result.totals.chargeCents)}
          />
        </table>
      </div>
      <ClaimFigures result={result} />
    </section>
  );
});
