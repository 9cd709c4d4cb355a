// "Start from an example": a training scenario opened as a new draft, to see a worked claim or
// to change one. The scenarios (and their schema) load when the list is first opened, so they
// stay out of the first view's JavaScript.
import { useState } from 'react';
import type { Scenario } from '../../data/scenario-schema.ts';
import { claimActions } from '../../state/claim-store.ts';
import { draftFromClaimInput } from '../../state/draft-claim.ts';

interface Loaded {
  scenarios: readonly Scenario[];
  claimOf: (scenario: Scenario) => unknown;
}

async function loadExamples(): Promise<Loaded> {
  const [{ scenarios }, { scenarioClaim }] = await Promise.all([
    import('../../data/scenarios.ts'),
    import('../../data/scenario-schema.ts'),
  ]);
  return { scenarios, claimOf: scenarioClaim };
}

export function ExamplePicker() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [chosen, setChosen] = useState('');
  const [open, setOpen] = useState(false);
  const scenario = loaded?.scenarios.find((candidate) => candidate.id === chosen);
  return (
    <details
      className="examples"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        if (!event.currentTarget.open || loaded) return;
        setFailed(false);
        loadExamples().then(
          (examples) => {
            setLoaded(examples);
            setChosen(examples.scenarios[0]?.id ?? '');
          },
          () => setFailed(true),
        );
      }}
    >
      <summary>Start from an example</summary>
      {!open ? null : failed ? (
        <p role="alert">The examples could not be loaded. Reload the page and try again.</p>
      ) : !loaded ? (
        <p role="status">Loading the examples…</p>
      ) : (
        <div className="field-row">
          <div className="field">
            <label htmlFor="example-select">Example claim</label>
            <select
              id="example-select"
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
            >
              {loaded.scenarios.map((example) => (
                <option key={example.id} value={example.id}>
                  {example.title}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            disabled={!scenario}
            onClick={() => {
              if (!scenario) return;
              claimActions().createDraft(
                scenario.title,
                draftFromClaimInput(loaded.claimOf(scenario)),
              );
            }}
          >
            Open as a new draft
          </button>
        </div>
      )}
    </details>
  );
}
