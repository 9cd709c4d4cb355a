// #/share/<data>: a claim someone shared as a link. It is shown, never opened silently: the
// coder chooses to open it as a new draft or not. Either way the data leaves the address bar
// (and this history entry), so it does not linger in the browser.
import { useMemo, useState } from 'react';
import { useHashRoute } from '../../components/use-hash-route.ts';
import { codeTables } from '../../data/index.ts';
import { claimActions } from '../../state/claim-store.ts';
import { summariseClaim } from './claim-summary.ts';
import { decodeSharedClaim, SHARE_ROUTE } from './share-link.ts';
import { ShareWarning } from './share-warning.tsx';
import './exchange.css';

function leaveFor(route: string): void {
  window.location.replace(`#/${route}`);
}

export function SharedClaimView() {
  const route = useHashRoute();
  const data = route[0] === SHARE_ROUTE ? (route[1] ?? '') : '';
  const outcome = useMemo(() => decodeSharedClaim(data), [data]);
  const [opened, setOpened] = useState(false);

  return (
    <div className="exchange">
      <section aria-labelledby="shared-claim-heading" className="panel">
        <h2 id="shared-claim-heading">A shared claim</h2>
        <ShareWarning />
        {outcome.ok ? (
          <>
            <p>
              This link holds the claim <strong>{outcome.name || 'without a name'}</strong>:{' '}
              {summariseClaim(outcome.claim, codeTables)} It has not been opened: open it only if
              you expected it from someone you trust.
            </p>
            <div className="actions">
              <button
                type="button"
                className="primary"
                disabled={opened}
                onClick={() => {
                  claimActions().createDraft(outcome.name || 'Shared claim', outcome.claim);
                  setOpened(true);
                  leaveFor('calculator');
                }}
              >
                Open as a new draft
              </button>
              <button type="button" onClick={() => leaveFor('calculator')}>
                Do not open
              </button>
            </div>
          </>
        ) : (
          <div role="alert" className="problem-list">
            <p>This link’s claim cannot be opened:</p>
            <ul>
              {outcome.problems.map((problem, index) => (
                <li key={index}>{problem}</li>
              ))}
            </ul>
            <p>
              <a href="#/calculator">Back to the calculator</a>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}
