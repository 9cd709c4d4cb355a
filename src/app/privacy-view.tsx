// Where a coder's data lives and how to remove it. Stated plainly, because coders enter real
// visit data: it stays in this browser, and nothing is ever sent anywhere.
import { useState } from 'react';
import { deleteAllClaimData } from '../state/claim-store.ts';
import { useChargeList } from '../state/charge-list.ts';
import { useGridColumns } from '../state/grid-columns.ts';

/** Every draft and everything else the app saved, in this tab and every other open one. */
function deleteAllSavedData(): void {
  deleteAllClaimData();
  useGridColumns.getState().reset();
  useChargeList.getState().reset();
}

export function PrivacyView() {
  const [step, setStep] = useState<'idle' | 'confirm' | 'done'>('idle');
  return (
    <section className="privacy" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">Your data stays in this browser</h2>
      <ul>
        <li>
          Drafts, visits and claim details (and which grid columns you hide, and your charges by
          discipline) are saved only in this browser&rsquo;s local storage on this computer, so they
          survive a reload and work offline. They are not sent to any server: the app makes no
          requests outside its own address (no analytics, fonts or tracking), and its
          Content-Security-Policy blocks any that code might try.
        </li>
        <li>The offline copy the browser keeps holds only the app itself, never your claims.</li>
        <li>
          Files you export and share links you copy contain the claim&rsquo;s data. A share link
          keeps the claim after the <code>#</code>, which browsers never send to a server, but
          anyone who has the link can read it: share it only through channels your agency approves
          for patient information.
        </li>
        <li>
          Anyone using this browser profile can open the saved drafts. On a shared computer, delete
          them when you finish.
        </li>
      </ul>
      <h3>How to clear it</h3>
      <p>
        Delete a single draft from the calculator, or remove everything below. Clearing this
        site&rsquo;s data in the browser&rsquo;s settings does the same.
      </p>
      {step === 'idle' ? (
        <button type="button" onClick={() => setStep('confirm')}>
          Delete all saved data…
        </button>
      ) : null}
      {step === 'confirm' ? (
        <div role="alert" className="privacy-confirm">
          <p>
            This deletes every draft and any set-aside data in this browser, in every open tab of
            the app too. It cannot be undone.
          </p>
          <button
            type="button"
            onClick={() => {
              deleteAllSavedData();
              setStep('done');
            }}
          >
            Yes, delete everything
          </button>{' '}
          <button type="button" onClick={() => setStep('idle')}>
            Cancel
          </button>
        </div>
      ) : null}
      {step === 'done' ? (
        <p role="status">All saved data in this browser was deleted, in every open tab.</p>
      ) : null}
    </section>
  );
}
