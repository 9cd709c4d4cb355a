// Shown when saved data could not be read at start-up: it was set aside (not deleted) and can be
// downloaded, so nothing the coder typed is lost.
import { downloadText } from '../components/download.ts';
import { claimActions, useClaimStore } from '../state/claim-store.ts';
import { useSaveFailure } from '../state/save-status.ts';

export function StorageNotice() {
  return (
    <>
      <SaveFailureNotice />
      <SetAsideNotice />
    </>
  );
}

/** Edits are kept on screen when a save fails; the coder is told how to keep them. */
function SaveFailureNotice() {
  const failure = useSaveFailure();
  if (!failure) return null;
  return (
    <div className="notice" role="alert">
      <p>
        <strong>Your latest edits are not saved in this browser</strong> ({failure}). They are still
        on screen. Download the claim (Import and export → Download the whole claim), or delete
        drafts you no longer need; the app saves again with your next edit.
      </p>
    </div>
  );
}

function SetAsideNotice() {
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
