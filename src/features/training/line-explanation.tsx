// The engine's math for one line (explainVisitLine): minutes counted, the unit rule and band,
// why this code and revenue code, each with its source.
import type { LineExplanation } from '../../engine/index.ts';
import { citeSources } from './labels.ts';

function Source({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return <span className="training-source"> Source: {citeSources(ids)}.</span>;
}

function Unverified({ verified }: { verified: boolean }) {
  return verified ? null : <strong> Unverified: the source does not state this.</strong>;
}

export function LineExplanationList({ explanation }: { explanation: LineExplanation }) {
  const { time, units, code, revenue } = explanation;
  return (
    <ul className="training-math">
      <li>
        <strong>Time:</strong> {time.totalMinutes} minutes in the home
        {time.steps.map((step) => (
          <span key={step.label}>
            ; {step.label.toLowerCase()}{' '}
            {step.effect === 'excluded'
              ? `${step.partMinutes} minutes excluded`
              : step.effect === 'beside'
                ? `${step.partMinutes} minutes beside the visit, not counted`
                : `${step.partMinutes} of them included`}{' '}
            ({step.reason})
            <Source ids={step.sourceIds} />
          </span>
        ))}
        ; {time.countedMinutes} minutes counted.
      </li>
      <li>
        <strong>Units:</strong> {units.text}
        <Unverified verified={units.verified} />
        <Source ids={units.sourceIds} />
      </li>
      <li>
        <strong>Code:</strong> {code.text}
        <Unverified verified={code.verified} />
        <Source ids={code.sourceIds} />
      </li>
      <li>
        <strong>Revenue code:</strong> {revenue.text}
      </li>
    </ul>
  );
}
