// Open a claim file (JSON, as exported here) as a new draft. The file is checked first; a file
// that cannot be read says which field is wrong, and nothing changes. Saved data the app set aside
// (downloaded from its notice) opens here too, as drafts.
import { useId, useState } from 'react';
import { codeTables } from '../../data/index.ts';
import { openAsNewDrafts } from '../../state/claim-store.ts';
import { readSavedDrafts, type SavedDrafts } from '../../state/saved-drafts-file.ts';
import { readClaimFile, type ClaimFileOutcome } from './claim-file.ts';
import { summariseClaim } from './claim-summary.ts';
import { readFileText } from './read-file-text.ts';

export function OpenClaimFilePanel() {
  const id = useId();
  const [outcome, setOutcome] = useState<(ClaimFileOutcome & { fileName: string }) | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saved, setSaved] = useState<(SavedDrafts & { fileName: string }) | null>(null);

  async function chooseFile(file: File | undefined): Promise<void> {
    setDone(null);
    setOutcome(null);
    setSaved(null);
    if (!file) return;
    const read = await readFileText(file);
    const savedDrafts = read.ok ? readSavedDrafts(read.text) : null;
    if (savedDrafts) {
      setSaved({ ...savedDrafts, fileName: file.name });
      return;
    }
    setOutcome(
      read.ok
        ? { ...readClaimFile(read.text, file.name.replace(/\.json$/i, '')), fileName: file.name }
        : { ok: false, problems: [read.problem], fileName: file.name },
    );
  }

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>A claim file (JSON)</h3>
      <p className="muted" id={`${id}-hint`}>
        A whole claim saved with “Download the whole claim” below, or a claim in the command line’s
        format. It opens as a new draft.
      </p>
      <label htmlFor={`${id}-file`}>Claim file (JSON)</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          void chooseFile(input.files?.[0]).finally(() => {
            input.value = '';
          });
        }}
      />
      {done ? (
        <p role="status">
          {done} <a href="#/calculator">Open the calculator</a>
        </p>
      ) : null}
      {saved ? (
        <SavedDraftsChoice
          saved={saved}
          onDone={(message) => {
            setSaved(null);
            if (message) setDone(message);
          }}
        />
      ) : null}
      {outcome && !outcome.ok ? (
        <div role="alert" className="problem-list">
          <p>“{outcome.fileName}” cannot be opened:</p>
          <ul>
            {outcome.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {outcome?.ok ? (
        <div>
          <p>
            <strong>{outcome.name || outcome.fileName}</strong>:{' '}
            {summariseClaim(outcome.claim, codeTables)}
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={() => {
                const [name] = openAsNewDrafts([
                  { name: outcome.name || outcome.fileName, claim: outcome.claim },
                ]);
                setOutcome(null);
                setDone(`Opened “${name}” as a new draft.`);
              }}
            >
              Open as a new draft
            </button>
            <button type="button" onClick={() => setOutcome(null)}>
              Cancel
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Set-aside data: its drafts, what was repaired or cannot be read, and "Open as drafts". */
function SavedDraftsChoice({
  saved,
  onDone,
}: {
  saved: SavedDrafts & { fileName: string };
  onDone: (message: string | null) => void;
}) {
  const names = saved.drafts.map((draft) => `“${draft.name}”`).join(', ');
  return (
    <div role="status">
      <p>
        “{saved.fileName}” is saved data from this app with{' '}
        {saved.drafts.length === 1 ? '1 draft' : `${saved.drafts.length} drafts`}
        {names ? `: ${names}` : ''}.
      </p>
      {[...saved.problems, ...saved.repairs].length > 0 ? (
        <ul>
          {[...saved.problems, ...saved.repairs].map((line, index) => (
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div className="actions">
        {saved.drafts.length > 0 ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              const opened = openAsNewDrafts(saved.drafts).map((name) => `“${name}”`);
              onDone(`Opened ${opened.join(', ')} as new drafts.`);
            }}
          >
            Open as drafts
          </button>
        ) : null}
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
