// Shown when saved data could not be read at start-up: it was set aside (not deleted) and can be
// downloaded, so nothing the coder typed is lost.
import { downloadText } from '../components/download.ts';
import { claimActions, useClaimStore } from '../state/claim-store.ts';

export function StorageNotice() {
  const setAside = useClaimStore((state) => state.setAside);
  if (!setAside) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Saved data could not be read</strong> ({setAside.reason}). It has been set aside,
        not deleted, and the app started with an empty draft.
      </p>
      <p>
        <button
          type="button"
          onClick={() =>
            downloadText('visit-to-claim-set-aside.json', localStorage.getItem(setAside.key) ?? '')
          }
        >
          Download set-aside data
        </button>{' '}
        <button type="button" onClick={() => claimActions().dismissSetAside()}>
          Dismiss
        </button>
      </p>
    </div>
  );
}
