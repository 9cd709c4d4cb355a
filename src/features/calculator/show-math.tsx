// "Show the math" for one visit: the minutes counted and excluded (and why), the rule and band
// that gave the units, why this code was chosen, each with its source; the same visit under every
// payer profile, with differences marked; the visit's findings; and its split into activities.
import { memo, useMemo } from 'react';
import { claimWords } from '../../components/claim-line-words.ts';
import { codeTables } from '../../data/index.ts';
import {
  explainVisitLine,
  type ClaimResult,
  type PayerId,
  type VisitLineResult,
} from '../../engine/index.ts';
import { evaluateDraft } from '../../state/claim-result.ts';
import type { DraftClaim, DraftVisit } from '../../state/draft-claim.ts';
import { ActivitiesEditor } from './activities-editor.tsx';
import { describeCounts } from './grid-rows.ts';
import { wordsFor } from './options.ts';

const words = claimWords(codeTables);

export interface ShowMathProps {
  claim: DraftClaim;
  result: ClaimResult;
  visitId: string;
  onClose: () => void;
}

interface PayerRow {
  payer: string;
  name: string;
  line: VisitLineResult | undefined;
}

function sameAnswer(a: VisitLineResult | undefined, b: VisitLineResult | undefined): boolean {
  return (
    a?.hcpcs === b?.hcpcs &&
    a?.revenueCode === b?.revenueCode &&
    a?.units === b?.units &&
    a?.unitBasis === b?.unitBasis
  );
}

function Sources({ ids }: { ids: readonly string[] }) {
  if (ids.length === 0) return null;
  return <span className="source">Source: {words.sources(ids)}</span>;
}

export const ShowMath = memo(function ShowMath({ claim, result, visitId, onClose }: ShowMathProps) {
  const index = claim.visits.findIndex((visit) => visit.id === visitId);
  const visit: DraftVisit | undefined = claim.visits[index];
  const line = result.lines.find((l) => l.id === visitId);
  const payer = (result.payer ?? 'medicare') as PayerId;
  const explanation = useMemo(
    () => (line ? explainVisitLine(line, payer, codeTables) : null),
    [line, payer],
  );
  const byPayer: PayerRow[] = useMemo(
    () =>
      codeTables.payerProfiles.map((profile) => ({
        payer: profile.id,
        name: profile.name,
        line:
          profile.id === result.payer
            ? line
            : evaluateDraft({ ...claim, payer: profile.id }).lines.find((l) => l.id === visitId),
      })),
    [claim, result.payer, line, visitId],
  );
  if (!visit || !line || !explanation) return null;
  const number = index + 1;
  const current = byPayer.find((row) => row.payer === result.payer)?.line ?? line;
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of line.findings) counts[finding.severity] += 1;

  return (
    <section
      className="panel show-math"
      aria-labelledby="show-math-heading"
      onKeyDown={(event) => {
        // Escape closes the panel from anywhere in it, as a dialog would.
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="panel-head">
        <h2 id="show-math-heading" tabIndex={-1}>
          Visit {number}: the math
        </h2>
        <button type="button" onClick={onClose} aria-keyshortcuts="Escape">
          Close
        </button>
      </div>

      <h3>Time</h3>
      <table className="math">
        <tbody>
          <tr>
            <th scope="row">Minutes in the home</th>
            <td className="number">{explanation.time.totalMinutes}</td>
            <td />
          </tr>
          {explanation.time.steps.map((step) => (
            <tr key={step.label}>
              <th scope="row">
                {step.label} ({step.effect === 'beside' ? 'not counted' : step.effect})
              </th>
              {/* Included minutes are part of the visit's, not a term of the sum: "10 of 60";
                  travel is beside the visit, so it is not a term either. */}
              <td className="number">
                {step.effect === 'excluded'
                  ? `− ${step.partMinutes}`
                  : step.effect === 'beside'
                    ? `${step.partMinutes} beside`
                    : `${step.partMinutes} of ${explanation.time.totalMinutes}`}
              </td>
              <td>
                {step.reason} <Sources ids={step.sourceIds} />
              </td>
            </tr>
          ))}
          <tr className="total">
            <th scope="row">Minutes counted</th>
            <td className="number">{explanation.time.countedMinutes}</td>
            <td />
          </tr>
        </tbody>
      </table>

      <h3>Units</h3>
      <p>
        {explanation.units.text}
        {explanation.units.verified ? null : (
          <strong className="unverified">
            {' '}
            Unverified: {explanation.units.unverifiedNote ?? 'the source does not state this.'}
          </strong>
        )}{' '}
        <Sources ids={explanation.units.sourceIds} />
      </p>
      {explanation.units.band ? (
        <p className="muted">
          Rule {explanation.units.ruleName}: band {explanation.units.band.minMinutes}–
          {explanation.units.band.maxMinutes ?? '…'} minutes gives {explanation.units.band.units}{' '}
          unit{explanation.units.band.units === 1 ? '' : 's'}.
        </p>
      ) : null}

      <h3>Code</h3>
      <p>
        {explanation.code.text}
        {explanation.code.verified ? null : (
          <strong className="unverified">
            {' '}
            Unverified
            {explanation.code.unverifiedNote ? `: ${explanation.code.unverifiedNote}` : '.'}
          </strong>
        )}{' '}
        <Sources ids={explanation.code.sourceIds} />
      </p>
      <p>
        Revenue code: {explanation.revenue.text}
        {explanation.revenue.verified ? null : <strong className="unverified"> Unverified.</strong>}
      </p>

      <h3>Under every payer profile</h3>
      <table className="lines compare">
        <caption className="visually-hidden">Visit {number} under every payer profile</caption>
        <thead>
          <tr>
            <th scope="col">Payer profile</th>
            <th scope="col">HCPCS</th>
            <th scope="col">Revenue code</th>
            <th scope="col">Units</th>
            <th scope="col">Unit basis</th>
            <th scope="col">Compared with {words.payer(result.payer ?? 'medicare')}</th>
          </tr>
        </thead>
        <tbody>
          {byPayer.map((row) => {
            const differs = !sameAnswer(row.line, current);
            const cell = (value: string | number | null | undefined, other: typeof value) => (
              <td className={value !== other ? 'differs' : undefined}>
                {value ?? '—'}
                {value !== other ? <span className="visually-hidden"> (differs)</span> : null}
              </td>
            );
            return (
              <tr key={row.payer} className={row.payer === result.payer ? 'current' : undefined}>
                <th scope="row">{row.name}</th>
                {cell(row.line?.hcpcs, current.hcpcs)}
                {cell(row.line?.revenueCode, current.revenueCode)}
                {cell(row.line?.units, current.units)}
                {cell(
                  row.line?.unitBasis ? wordsFor(row.line.unitBasis) : null,
                  current.unitBasis ? wordsFor(current.unitBasis) : null,
                )}
                <td>
                  {row.payer === result.payer ? 'This claim’s payer' : differs ? 'Differs' : 'Same'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <h3>Findings on this visit ({describeCounts(counts.error, counts.warning, counts.info)})</h3>
      {line.findings.length ? (
        <ul className="row-findings">
          {line.findings.map((finding, position) => (
            <li key={`${finding.rule}-${position}`} className={`finding-${finding.severity}`}>
              <strong>{wordsFor(finding.severity)}:</strong> {finding.message}{' '}
              <a href={`#/reference/findings/${finding.rule}`}>{finding.rule}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}

      <ActivitiesEditor visit={visit} index={index} />
    </section>
  );
});
