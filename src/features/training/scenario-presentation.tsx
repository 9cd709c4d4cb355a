// Presentation mode for a classroom: large type, one step at a time (the visits, the math per
// line, the claim lines and findings), with Next/Previous buttons and the arrow keys.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../data/scenario-schema.ts';
import { answerKeyFor } from './answer-key.ts';
import { LineExplanationList } from './line-explanation.tsx';
import { ScenarioContext, ScenarioVisitsTable } from './scenario-facts.tsx';

const stepTitles = ['The visits', 'The math per line', 'The claim lines and findings'] as const;
const LAST_STEP = stepTitles.length - 1;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

function MathStep({ scenario }: { scenario: Scenario }) {
  const key = answerKeyFor(scenario);
  return (
    <ol className="training-present-lines">
      {key.lines.map(({ visit, line, explanation }) => (
        <li key={visit.id}>
          <h4>
            Visit {visit.id}: {line?.hcpcs ?? 'no code'} on {line?.revenueCode ?? 'no revenue code'}
            , {line?.hcpcs ? `${line.units} unit${line.units === 1 ? '' : 's'}` : 'nothing to bill'}
          </h4>
          {explanation ? <LineExplanationList explanation={explanation} /> : null}
        </li>
      ))}
    </ol>
  );
}

function ClaimStep({ scenario }: { scenario: Scenario }) {
  const key = answerKeyFor(scenario);
  return (
    <>
      <div className="training-table-scroll" role="region" aria-label="Claim lines" tabIndex={0}>
        <table className="training-table">
          <caption>Claim lines</caption>
          <thead>
            <tr>
              <th scope="col">Revenue code</th>
              <th scope="col">HCPCS</th>
              <th scope="col">Date</th>
              <th scope="col">Units</th>
              <th scope="col">Line for</th>
            </tr>
          </thead>
          <tbody>
            {key.coded.claimLines.map((line, position) => (
              <tr key={position}>
                <th scope="row">{line.revenueCode}</th>
                <td>{line.hcpcs ?? '—'}</td>
                <td>{line.date ?? '—'}</td>
                <td>{line.units}</td>
                <td>
                  {line.kind === 'visit'
                    ? `Visit ${line.visitIds.join(', ')}`
                    : line.kind === 'location'
                      ? `Location, with visit ${line.visitIds.join(', ')}`
                      : line.kind === 'hipps'
                        ? 'HIPPS'
                        : `Item ${line.itemId ?? ''}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>Findings on the claim as submitted</h4>
      {key.findings.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul className="training-present-findings">
          {key.findings.map((finding) => (
            <li key={finding.rule}>
              <strong>
                {finding.rule} ({finding.severity})
              </strong>
              : {finding.message} <span className="training-source">Source: {finding.source}.</span>
            </li>
          ))}
        </ul>
      )}
      <h4>What a coder should conclude</h4>
      <p>{scenario.conclusion}</p>
    </>
  );
}

export function ScenarioPresentation({ scenario }: { scenario: Scenario }) {
  const [step, setStep] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const go = useCallback((by: number) => {
    setStep((current) => Math.min(LAST_STEP, Math.max(0, current + by)));
    moved.current = true;
  }, []);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      if (event.key === 'ArrowRight') go(1);
      else if (event.key === 'ArrowLeft') go(-1);
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);

  return (
    <div className="training-present">
      <h2>{scenario.title}</h2>
      <section aria-labelledby="training-step-heading" aria-live="polite">
        <h3 id="training-step-heading" ref={heading} tabIndex={-1}>
          Step {step + 1} of {stepTitles.length}: {stepTitles[step]}
        </h3>
        {step === 0 ? (
          <>
            <p>{scenario.story}</p>
            <ScenarioContext scenario={scenario} />
            <ScenarioVisitsTable scenario={scenario} />
          </>
        ) : step === 1 ? (
          <MathStep scenario={scenario} />
        ) : (
          <ClaimStep scenario={scenario} />
        )}
      </section>
      <nav className="training-actions" aria-label="Steps">
        <button type="button" onClick={() => go(-1)} disabled={step === 0}>
          Previous
        </button>
        <button type="button" onClick={() => go(1)} disabled={step === LAST_STEP}>
          Next
        </button>
        <span className="muted">The left and right arrow keys also move between steps.</span>
      </nav>
    </div>
  );
}
