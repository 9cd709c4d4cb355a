// Open a claim file (JSON, as exported here) as a new draft. The file is checked first; a file
// that cannot be read says which field is wrong, and nothing changes.
import { useId, useState } from 'react';
import { codeTables } from '../../data/index.ts';
import { claimActions } from '../../state/claim-store.ts';
import { readClaimFile, type ClaimFileOutcome } from './claim-file.ts';
import { summariseClaim } from './claim-summary.ts';
import { readFileText } from './read-file-text.ts';

export function OpenClaimFilePanel() {
  const id = useId();
  const [outcome, setOutcome] = useState<(ClaimFileOutcome & { fileName: string }) | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function chooseFile(file: File | undefined): Promise<void> {
    setDone(null);
    setOutcome(null);
    if (!file) return;
    const read = await readFileText(file);
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
                const name = outcome.name || outcome.fileName;
                claimActions().createDraft(name, outcome.claim);
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
