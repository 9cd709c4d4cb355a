// #/exchange: getting claims in and out. Import visits from a CSV or TSV file or a whole claim
// from a JSON file; export claim lines, visits and the claim; share a link; print.
import { selectActiveDraft, useClaimStore } from '../../state/claim-store.ts';
import { ExportPanel } from './export-panel.tsx';
import { ImportVisitsPanel } from './import-visits-panel.tsx';
import { OpenClaimFilePanel } from './open-claim-file-panel.tsx';
import { SharePanel } from './share-panel.tsx';
import './exchange.css';

export function ExchangeView() {
  const name = useClaimStore((state) => selectActiveDraft(state)?.name ?? '');
  return (
    <div className="exchange">
      <p>
        Active draft: <strong>{name}</strong>. Files are read and made in this browser; nothing is
        sent anywhere.
      </p>
      <section aria-labelledby="exchange-import-heading" className="panel">
        <h2 id="exchange-import-heading">Import</h2>
        <ImportVisitsPanel />
        <OpenClaimFilePanel />
      </section>
      <ExportPanel />
      <SharePanel />
      <section aria-labelledby="exchange-print-heading" className="panel">
        <h2 id="exchange-print-heading">Print</h2>
        <p>
          <a href="#/print">Open the print view</a> of “{name}”: claim details, UB-04 service lines,
          findings and the math for each line, laid out for US letter paper.
        </p>
      </section>
    </div>
  );
}
