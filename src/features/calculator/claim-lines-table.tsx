// The claim lines as they would go on the UB-04: revenue code, description, HCPCS, service
// date, units and charge, with the generated location (Q-code) lines, the 0023 line and totals.
// Long claims draw only the lines in view of the table's scroller, like the visit grid: 300
// lines of cells repainted on every keystroke cost more than a frame. The table keeps its real
// row count for assistive technology (aria-rowcount / aria-rowindex).
import { memo, useCallback, useState } from 'react';
import { claimLineColumns, countClaimLines } from '../../components/claim-line-columns.ts';
import { claimLineKindLabels, claimWords } from '../../components/claim-line-words.ts';
import { ClaimLinesFoot, ClaimLinesHead } from '../../components/claim-lines-table-parts.tsx';
import { formatDollars } from '../../components/money.ts';
import { codeTables } from '../../data/index.ts';
import type { ClaimLine, ClaimResult } from '../../engine/index.ts';
import { ROW_HEIGHT_GUESS, visibleRange } from './grid-window.ts';

/** Claims with more lines than this draw only the lines in view. */
export const LINES_WINDOW_THRESHOLD = 40;

const words = claimWords(codeTables);

interface ClaimLineRowProps {
  line: ClaimLine;
  /** The row's position for assistive technology when the table is windowed. */
  rowIndex: number | undefined;
  rowRef?: ((element: HTMLTableRowElement | null) => void) | undefined;
}

const ClaimLineRow = memo(function ClaimLineRow({ line, rowIndex, rowRef }: ClaimLineRowProps) {
  return (
    <tr ref={rowRef} className={`line-${line.kind}`} aria-rowindex={rowIndex}>
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
    previous.rowIndex === next.rowIndex &&
    previous.rowRef === next.rowRef &&
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
  const windowed = lines.length > LINES_WINDOW_THRESHOLD;
  const [view, setView] = useState({ scrollTop: 0, height: 0, rowHeight: ROW_HEIGHT_GUESS });
  // Only a windowed table needs its size: reading it forces a layout before the page is painted.
  const scrollerRef = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && windowed)
        setView((v) => ({ ...v, scrollTop: element.scrollTop, height: element.clientHeight }));
    },
    [windowed],
  );
  const measureRow = useCallback((element: HTMLTableRowElement | null) => {
    const height = element?.getBoundingClientRect().height ?? 0;
    if (height > 0) setView((v) => (v.rowHeight === height ? v : { ...v, rowHeight: height }));
  }, []);
  const { start, end } = windowed
    ? visibleRange(lines.length, view.scrollTop, view.height, view.rowHeight)
    : { start: 0, end: lines.length };
  return (
    <section className="panel" aria-labelledby="claim-lines-heading">
      <h2 id="claim-lines-heading">Claim lines (UB-04)</h2>
      <div
        className="table-scroll"
        ref={scrollerRef}
        onScroll={(event) => {
          const { scrollTop, clientHeight } = event.currentTarget;
          if (windowed) setView((v) => ({ ...v, scrollTop, height: clientHeight }));
        }}
      >
        <table
          className="lines"
          aria-labelledby="claim-lines-heading"
          aria-rowcount={windowed ? lines.length + 2 : undefined}
        >
          <ClaimLinesHead rowIndex={windowed ? 1 : undefined} />
          <tbody>
            {start > 0 ? <Spacer height={start * view.rowHeight} /> : null}
            {lines.slice(start, end).map((line, position) => {
              const index = start + position;
              return (
                <ClaimLineRow
                  key={`${line.kind}-${line.itemId ?? line.visitIds.join('+')}-${index}`}
                  line={line}
                  rowIndex={windowed ? index + 2 : undefined}
                  rowRef={windowed && position === 0 ? measureRow : undefined}
                />
              );
            })}
            {end < lines.length ? <Spacer height={(lines.length - end) * view.rowHeight} /> : null}
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
            rowIndex={windowed ? lines.length + 2 : undefined}
          />
        </table>
      </div>
    </section>
  );
});

/** Stands in for the lines above or below the drawn window, so the scrollbar is true. */
function Spacer({ height }: { height: number }) {
  // A computed height cannot be a class; React sets it through CSSOM, which CSP allows.
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={claimLineColumns.length} style={{ height }} />
    </tr>
  );
}
