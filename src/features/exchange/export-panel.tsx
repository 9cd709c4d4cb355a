// Download the active draft: its UB-04 claim lines and its visits with their results as CSV,
// or the whole claim as a JSON file to open again here. Files are made in the browser.
import { useId } from 'react';
import { hrefFor } from '../../components/use-hash-route.ts';
import { downloadText } from '../../components/download.ts';
import { codeTables } from '../../data/index.ts';
import { useClaimResult } from '../../state/claim-result.ts';
import { selectActiveClaim, selectActiveDraft, useClaimStore } from '../../state/claim-store.ts';
import { claimFileText } from './claim-file.ts';
import { buildClaimLinesCsv } from './claim-lines-csv.ts';
import { exportFileName } from './file-name.ts';
import { buildVisitLinesCsv } from './visit-lines-csv.ts';

const CSV_TYPE = 'text/csv;charset=utf-8';

/** "2 errors and 1 warning": what stands between this claim and a clean bill. */
function openFindings(errors: number, warnings: number): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return warnings > 0
    ? `${plural(errors, 'error')} and ${plural(warnings, 'warning')}`
    : plural(errors, 'error');
}

export function ExportPanel() {
  const id = useId();
  const name = useClaimStore((state) => selectActiveDraft(state)?.name ?? 'claim');
  const claim = useClaimStore(selectActiveClaim);
  // The result the calculator shows: the files and the error count both come from it.
  const result = useClaimResult();
  let errors = 0;
  let warnings = 0;
  for (const finding of result.findings) {
    if (finding.severity === 'error') errors++;
    else if (finding.severity === 'warning') warnings++;
  }

  return (
    <section aria-labelledby={`${id}-heading`} className="panel">
      <h2 id={`${id}-heading`}>Export</h2>
      <p className="muted">
        Files of the active draft, “{name}”. They hold patient visit data: keep them where your
        organisation keeps claims.
      </p>
      {errors > 0 ? (
        <p className="export-findings" role="status">
          This claim has {openFindings(errors, warnings)}: the payer may return it as it stands. The
          files still hold it as entered. <a href={hrefFor('calculator')}>See the findings</a>
        </p>
      ) : null}
      <div className="actions">
        <button
          type="button"
          onClick={() => {
            downloadText(
              exportFileName(name, 'claim-lines', 'csv'),
              buildClaimLinesCsv(result, codeTables),
              CSV_TYPE,
            );
          }}
        >
          Download claim lines (CSV)
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(
              exportFileName(name, 'visits', 'csv'),
              buildVisitLinesCsv(claim, result),
              CSV_TYPE,
            );
          }}
        >
          Download visits with results (CSV)
        </button>
        <button
          type="button"
          onClick={() => {
            downloadText(
              exportFileName(name, 'claim', 'json'),
              claimFileText(name, claim, new Date().toISOString()),
            );
          }}
        >
          Download the whole claim (JSON)
        </button>
      </div>
    </section>
  );
}
