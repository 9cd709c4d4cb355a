// #/print: the active draft laid out for US letter paper: the claim's details, its UB-04
// service lines with totals, its findings, and the math behind each visit line.
import { memo, useMemo } from 'react';
import { ClaimFigures } from '../../components/claim-figures.tsx';
import { claimLineColumns, countClaimLines } from '../../components/claim-line-columns.ts';
import {
  claimLineKindLabels,
  claimWords,
  type ClaimWords,
} from '../../components/claim-line-words.ts';
import { ClaimLinesFoot, ClaimLinesHead } from '../../components/claim-lines-table-parts.tsx';
import { codeTables } from '../../data/index.ts';
import {
  explainVisitLine,
  type ClaimResult,
  type PayerId,
  type VisitLineResult,
} from '../../engine/index.ts';
import { selectActiveClaim, selectActiveDraft, useClaimStore } from '../../state/claim-store.ts';
import { useClaimResult } from '../../state/claim-result.ts';
import type { DraftClaim } from '../../state/draft-claim.ts';
import { formatDollars } from '../../components/money.ts';
import './exchange.css';
import { findingText } from '../../claim-format/target-labels.ts';

const severityWords = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function or(value: string): string {
  return value.trim() === '' ? '—' : value;
}

/** "74 2026-03-15 to 2026-03-20"; a missing date shows as "…". */
function spanText(code: string, from: string, through: string): string {
  if (from.trim() === '' && through.trim() === '') return code.trim();
  return `${code} ${from.trim() || '…'} to ${through.trim() || '…'}`.trim();
}

function ClaimDetails({ claim, words }: { claim: DraftClaim; words: ClaimWords }) {
  const details: [string, string][] = [
    ['Payer', words.payer(claim.payer)],
    [
      'Type of bill',
      claim.billType ? `${claim.billType} ${words.billType(claim.billType)}`.trim() : '—',
    ],
    ['From', or(claim.from)],
    ['Through', or(claim.through)],
    ['Admission date', or(claim.admissionDate)],
    ['NOA accepted', or(claim.noaAcceptedDate)],
    ['Patient status', or(claim.patientStatus)],
    ['HIPPS', or(claim.hipps)],
    ['Condition codes', or(claim.conditionCodes)],
    [
      'Occurrence codes',
      or(claim.occurrenceCodes.map((entry) => `${entry.code} ${entry.date}`.trim()).join(', ')),
    ],
    [
      'Occurrence span codes',
      or(
        claim.occurrenceSpanCodes
          .map((entry) => spanText(entry.code, entry.from, entry.through))
          .filter((text) => text !== '')
          .join(', '),
      ),
    ],
    [
      'Value codes',
      or(claim.valueCodes.map((entry) => `${entry.code} ${entry.value}`.trim()).join(', ')),
    ],
  ];
  return (
    <section aria-labelledby="print-details-heading">
      <h3 id="print-details-heading">Claim details</h3>
      <dl className="claim-context">
        {details.map(([term, value]) => (
          <div key={term} className="claim-context-pair">
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function ServiceLines({ result, words }: { result: ClaimResult; words: ClaimWords }) {
  return (
    <section aria-labelledby="print-lines-heading">
      <h3 id="print-lines-heading">Service lines (UB-04)</h3>
      <table className="exchange-table" aria-labelledby="print-lines-heading">
        <ClaimLinesHead />
        <tbody>
          {result.claimLines.map((line, index) => (
            <tr key={index}>
              <td>{line.revenueCode}</td>
              <td>
                {words.claimLine(line)} ({claimLineKindLabels[line.kind]})
              </td>
              <td>{line.hcpcs ?? '—'}</td>
              <td>{line.date ?? '—'}</td>
              <td className="number">{line.units}</td>
              <td className="number">
                {line.chargeCents === undefined ? '—' : formatDollars(line.chargeCents)}
              </td>
            </tr>
          ))}
          {result.claimLines.length === 0 ? (
            <tr>
              <td colSpan={claimLineColumns.length}>No claim lines.</td>
            </tr>
          ) : null}
        </tbody>
        <ClaimLinesFoot
          label={`0001 Total (${countClaimLines(result.claimLines.length)})`}
          units={result.totals.units}
          charge={formatDollars(result.totals.chargeCents)}
        />
      </table>
      <ClaimFigures result={result} />
    </section>
  );
}

function Findings({ result, words }: { result: ClaimResult; words: ClaimWords }) {
  return (
    <section aria-labelledby="print-findings-heading">
      <h3 id="print-findings-heading">Findings</h3>
      {result.findings.length === 0 ? (
        <p>No findings.</p>
      ) : (
        <table className="exchange-table" aria-labelledby="print-findings-heading">
          <thead>
            <tr>
              <th scope="col">Severity</th>
              <th scope="col">Line</th>
              <th scope="col">Finding</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {result.findings.map((finding, index) => (
              <tr key={index}>
                <td>{severityWords[finding.severity]}</td>
                <td>{finding.lineId ?? 'Claim'}</td>
                <td>{findingText(finding)}</td>
                <td>{words.sources(finding.sourceIds) || finding.source}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function minutesText(minutes: number): string {
  return `${minutes} minute${Math.abs(minutes) === 1 ? '' : 's'}`;
}

const LineMath = memo(function LineMath({
  line,
  payer,
  words,
}: {
  line: VisitLineResult;
  payer: PayerId;
  words: ClaimWords;
}) {
  const math = explainVisitLine(line, payer, codeTables);
  return (
    <div className="line-math">
      <h4>
        Visit {line.id}: {line.date ?? 'no date'}, {line.revenueCode ?? 'no revenue code'}{' '}
        {line.hcpcs ?? 'no HCPCS'}, {line.units} unit{line.units === 1 ? '' : 's'}
      </h4>
      <ul>
        <li>
          Time: {minutesText(math.time.totalMinutes)} in the home
          {math.time.steps.map((step) => (
            <span key={step.label}>
              ; {step.label}:{' '}
              {step.effect === 'beside'
                ? `${minutesText(step.partMinutes)} beside the visit, not counted`
                : step.minutes === 0
                  ? 'counted'
                  : minutesText(step.minutes)}{' '}
              ({step.reason})
            </span>
          ))}
          ; {minutesText(math.time.countedMinutes)} counted.
        </li>
        <li>
          Units: {math.units.text}
          {math.units.verified ? '' : ' (unverified table row)'}{' '}
          {math.units.sourceIds.length > 0 ? (
            <span className="source">Source: {words.sources(math.units.sourceIds)}</span>
          ) : null}
        </li>
        <li>
          Code: {math.code.text}{' '}
          {math.code.sourceIds.length > 0 ? (
            <span className="source">Source: {words.sources(math.code.sourceIds)}</span>
          ) : null}
        </li>
        <li>Revenue code: {math.revenue.text}</li>
      </ul>
    </div>
  );
});

export function PrintView() {
  const claim = useClaimStore(selectActiveClaim);
  const name = useClaimStore((state) => selectActiveDraft(state)?.name ?? '');
  const result = useClaimResult();
  const words = useMemo(() => claimWords(codeTables), []);
  const payer: PayerId = result.payer ?? 'medicare';
  return (
    <article className="print-view" aria-labelledby="print-heading">
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          Print
        </button>
        <nav aria-label="Leave the print view">
          <ul className="print-back-links">
            <li>
              <a href="#/exchange">Back to import and export</a>
            </li>
            <li>
              <a href="#/calculator">Back to the calculator</a>
            </li>
          </ul>
        </nav>
      </div>
      <h2 id="print-heading">Claim: {name}</h2>
      <ClaimDetails claim={claim} words={words} />
      <ServiceLines result={result} words={words} />
      <Findings result={result} words={words} />
      <section aria-labelledby="print-math-heading">
        <h3 id="print-math-heading">The math for each line</h3>
        {result.lines.length === 0 ? <p>No visit lines.</p> : null}
        {result.lines.map((line) => (
          <LineMath key={line.id} line={line} payer={payer} words={words} />
        ))}
      </section>
    </article>
  );
}
