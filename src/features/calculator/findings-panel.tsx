// The findings, grouped by severity, each with its message, its source, a link to the desk
// reference, and a button that moves focus to the row and field it is about.
import { memo, useMemo } from 'react';
import type { Finding, Severity } from '../../engine/index.ts';
import { findingTarget, type FindingTarget } from './finding-target.ts';
import { findingText } from '../../claim-format/target-labels.ts';

const groups: { severity: Severity; title: string; marker: string }[] = [
  { severity: 'error', title: 'Errors', marker: '✖' },
  { severity: 'warning', title: 'Warnings', marker: '▲' },
  { severity: 'info', title: 'Notes', marker: 'ℹ' },
];

export interface FindingsPanelProps {
  findings: Finding[];
  /** True while nothing has been entered: the panel says what it will show instead. */
  waiting?: boolean;
  visitIds: string[];
  onGoTo: (target: FindingTarget) => void;
}

export const FindingsPanel = memo(function FindingsPanel({
  findings,
  waiting = false,
  visitIds,
  onGoTo,
}: FindingsPanelProps) {
  const indexById = useMemo(() => {
    const map = new Map(visitIds.map((id, index) => [id, index]));
    return (id: string) => map.get(id);
  }, [visitIds]);
  return (
    <section className="panel findings" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {waiting ? (
        <p className="muted">
          Findings show here as you enter the claim: what is missing or wrong, and what to do.
        </p>
      ) : findings.length === 0 ? (
        <p className="all-clear">No findings: the claim looks complete.</p>
      ) : null}
      {groups.map(({ severity, title, marker }) => {
        const list = findings.filter((finding) => finding.severity === severity);
        if (list.length === 0) return null;
        return (
          <div key={severity} className={`finding-group finding-${severity}`}>
            <h3>
              <span aria-hidden="true">{marker} </span>
              {title} ({list.length})
            </h3>
            <ul>
              {list.map((finding, index) => (
                <FindingItem
                  key={`${finding.rule}-${finding.lineId ?? ''}-${finding.field ?? ''}-${index}`}
                  finding={finding}
                  target={findingTarget(finding.target, indexById, finding.lineId)}
                  onGoTo={onGoTo}
                />
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
});

function FindingItem({
  finding,
  target,
  onGoTo,
}: {
  finding: Finding;
  target: FindingTarget | null;
  onGoTo: (target: FindingTarget) => void;
}) {
  return (
    <li className="finding">
      <p className="finding-message">{findingText(finding)}</p>
      <p className="finding-meta">
        <a href={`#/reference/findings/${finding.rule}`}>{finding.rule}</a>
        {' · '}
        <span className="finding-source">Source: {finding.source}</span>
        {target ? (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => onGoTo(target)}>
              Go to {target.label}
            </button>
          </>
        ) : null}
      </p>
    </li>
  );
}
