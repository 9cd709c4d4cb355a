// The scenario library: every scenario with its payer and topics, and ways to open it in the
// calculator, take its quiz or present it to a class.
import { hrefFor } from '../../components/use-hash-route.ts';
import type { Scenario } from '../../data/scenario-schema.ts';
import { payerLabel } from './labels.ts';
import { openInCalculator } from './open-in-calculator.ts';

function ScenarioCard({ scenario }: { scenario: Scenario }) {
  const titleId = `scenario-${scenario.id}-title`;
  return (
    <li>
      <article className="training-card" aria-labelledby={titleId}>
        <h4 id={titleId}>{scenario.title}</h4>
        <p className="training-payer">
          <span className="muted">Payer:</span> {payerLabel(scenario.payer)}
        </p>
        <p>{scenario.story}</p>
        <p className="training-topics">
          <span className="muted">Topics:</span> {scenario.topics.join(', ')}
        </p>
        <div className="training-actions">
          {/* Each name starts with the visible words and adds the title, so it is unique. */}
          <button
            type="button"
            aria-label={`Open in calculator: ${scenario.title}`}
            onClick={() => openInCalculator(scenario)}
          >
            Open in calculator
          </button>
          <a
            href={hrefFor('training', 'quiz', scenario.id)}
            aria-label={`Take the quiz: ${scenario.title}`}
          >
            Take the quiz
          </a>
          <a
            href={hrefFor('training', 'present', scenario.id)}
            aria-label={`Present: ${scenario.title}`}
          >
            Present
          </a>
        </div>
      </article>
    </li>
  );
}

export function ScenarioLibrary({ scenarios }: { scenarios: readonly Scenario[] }) {
  return (
    <section aria-labelledby="training-library-heading">
      <h3 id="training-library-heading">Scenarios ({scenarios.length})</h3>
      <ul className="training-library">
        {scenarios.map((scenario) => (
          <ScenarioCard key={scenario.id} scenario={scenario} />
        ))}
      </ul>
    </section>
  );
}
