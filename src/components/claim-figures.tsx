// What the engine read or worked out for the whole claim, beside its lines: the county of value
// code 85 as Medicare reads it, and a late NOA's cut of this period's payment. Shared by the
// calculator's claim lines and the print view.
import type { ClaimResult } from '../engine/index.ts';

/** "6/30 (20%)": the cut as the MAC pages write it, with a one-decimal percentage. */
function lateNoaCutText(daysCut: number, periodDays: number, fractionCut: number): string {
  const percent = Math.round(fractionCut * 1000) / 10;
  return `${daysCut}/${periodDays} (${percent}%)`;
}

export function ClaimFigures({ result }: { result: Pick<ClaimResult, 'countyCode' | 'lateNoa'> }) {
  const { countyCode, lateNoa } = result;
  if (countyCode === null && lateNoa === null) return null;
  return (
    <dl className="claim-figures">
      {countyCode === null ? null : (
        <div className="claim-figures-pair">
          <dt>County (value code 85)</dt>
          <dd>FIPS {countyCode}</dd>
        </div>
      )}
      {lateNoa === null ? null : (
        <div className="claim-figures-pair">
          <dt>Late NOA</dt>
          <dd>
            accepted {lateNoa.daysLate} days after admission
            {lateNoa.laterPeriod ? `, ${lateNoa.daysInPeriod} days into this period` : ''}:{' '}
            {lateNoa.exceptionRequested
              ? 'exception asked for with KX, no cut applied'
              : `payment cut by ${lateNoaCutText(lateNoa.daysCut, lateNoa.periodDays, lateNoa.fractionCut)}`}
          </dd>
        </div>
      )}
    </dl>
  );
}
