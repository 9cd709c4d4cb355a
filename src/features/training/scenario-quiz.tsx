// Quiz mode: the scenario without its answers; the trainee codes each line and names the
// findings, then each answer is marked right or wrong with the rule and its source.
import { useId, useMemo, useRef, useState, type FormEvent, type RefObject } from 'react';
import { codeTables } from '../../data/index.ts';
import { findingDescriptions } from '../../data/finding-descriptions.ts';
import type { Scenario } from '../../data/scenario-schema.ts';
import { answerKeyFor, type LineKey } from './answer-key.ts';
import {
  emptyAnswers,
  gradeQuiz,
  type AnswerField,
  type LineGrade,
  type QuizAnswers,
  type QuizGrade,
} from './grade-quiz.ts';
import { citeSources } from './labels.ts';
import { LineExplanationList } from './line-explanation.tsx';
import { ScenarioContext, ScenarioVisitsTable } from './scenario-facts.tsx';
import { ScoreBoard } from './score-board.tsx';
import { useTrainingScore } from './training-score-store.ts';

const fieldNames: Record<AnswerField, string> = {
  hcpcs: 'HCPCS',
  revenueCode: 'Revenue code',
  units: 'Units',
};

function LineInputs({
  visitId,
  answers,
  disabled,
  onChange,
}: {
  visitId: string;
  answers: QuizAnswers;
  disabled: boolean;
  onChange: (visitId: string, field: AnswerField, value: string) => void;
}) {
  const baseId = useId();
  const answer = answers.lines[visitId];
  return (
    <fieldset className="training-line-inputs">
      <legend>Visit {visitId}</legend>
      {(Object.keys(fieldNames) as AnswerField[]).map((field) => (
        <div className="training-field" key={field}>
          <label htmlFor={`${baseId}-${field}`}>
            {fieldNames[field]}, visit {visitId}
          </label>
          <input
            id={`${baseId}-${field}`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            inputMode={field === 'hcpcs' ? 'text' : 'numeric'}
            value={answer?.[field] ?? ''}
            readOnly={disabled}
            onChange={(event) => onChange(visitId, field, event.target.value)}
          />
        </div>
      ))}
    </fieldset>
  );
}

function FindingChoices({
  scenario,
  answers,
  disabled,
  onToggle,
}: {
  scenario: Scenario;
  answers: QuizAnswers;
  disabled: boolean;
  onToggle: (id: string, named: boolean) => void;
}) {
  const baseId = useId();
  const rows = codeTables.findings.filter((row) => row.payers.includes(scenario.payer));
  return (
    <fieldset className="training-findings-inputs">
      <legend>Findings this claim raises (tick each one)</legend>
      <ul>
        {rows.map((row) => (
          <li key={row.id}>
            <input
              type="checkbox"
              id={`${baseId}-${row.id}`}
              checked={answers.findings.includes(row.id)}
              disabled={disabled}
              onChange={(event) => onToggle(row.id, event.target.checked)}
            />
            <label htmlFor={`${baseId}-${row.id}`}>
              {row.id}: {findingDescriptions.get(row.id)?.title}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Verdict({ right }: { right: boolean }) {
  return (
    <strong className={right ? 'training-right' : 'training-wrong'}>
      {right ? 'Right' : 'Wrong'}
    </strong>
  );
}

function LineResult({ grade, lineKey }: { grade: LineGrade; lineKey: LineKey | undefined }) {
  return (
    <li>
      <h5>Visit {grade.visitId}</h5>
      <ul>
        {grade.marks.map((mark) => (
          <li key={mark.field}>
            {fieldNames[mark.field]}, visit {grade.visitId}: <Verdict right={mark.right} />
            {mark.right
              ? ` — ${mark.expected}.`
              : ` — you entered ${mark.given === '' ? 'nothing' : mark.given}; the answer is ${mark.expected}.`}
          </li>
        ))}
      </ul>
      {lineKey?.explanation ? (
        <>
          <p className="training-rule-heading">The rule:</p>
          <LineExplanationList explanation={lineKey.explanation} />
        </>
      ) : null}
    </li>
  );
}

function QuizResults({
  scenario,
  grade,
  headingRef,
}: {
  scenario: Scenario;
  grade: QuizGrade;
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const key = answerKeyFor(scenario);
  const findingById = new Map(key.findings.map((finding) => [finding.rule, finding]));
  const catalogue = new Map(codeTables.findings.map((row) => [row.id, row]));
  return (
    <section className="training-results" aria-labelledby="training-results-heading">
      <h3 id="training-results-heading" ref={headingRef} tabIndex={-1}>
        Results: {grade.right} of {grade.total} right
      </h3>
      <h4>Claim lines</h4>
      <ol className="training-result-lines">
        {grade.lines.map((line) => (
          <LineResult
            key={line.visitId}
            grade={line}
            lineKey={key.lines.find((entry) => entry.visit.id === line.visitId)}
          />
        ))}
      </ol>
      <h4>
        Findings: <Verdict right={grade.findingsRight} />
      </h4>
      {grade.findings.length === 0 ? (
        <p>This claim raises no finding a coder must act on, and you named none.</p>
      ) : (
        <ul className="training-result-findings">
          {grade.findings.map((finding) => {
            const raised = findingById.get(finding.id);
            const verdict = finding.expected
              ? finding.named
                ? 'you named it'
                : 'you missed it'
              : finding.right
                ? 'you named it; the claim raises it too'
                : 'you named it, but this claim does not raise it';
            return (
              <li key={finding.id}>
                <Verdict right={finding.right} /> {finding.id} ({verdict}).{' '}
                {raised ? raised.message : findingDescriptions.get(finding.id)?.checks}{' '}
                <span className="training-source">
                  Source:{' '}
                  {citeSources(
                    raised ? raised.sourceIds : (catalogue.get(finding.id)?.source ?? []),
                  )}
                  .
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <h4>What a coder should conclude</h4>
      <p>{scenario.conclusion}</p>
    </section>
  );
}

export function ScenarioQuiz({ scenario }: { scenario: Scenario }) {
  const [answers, setAnswers] = useState<QuizAnswers>(() => emptyAnswers(scenario));
  const [grade, setGrade] = useState<QuizGrade | null>(null);
  const record = useTrainingScore((state) => state.record);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const firstInput = useRef<HTMLDivElement>(null);
  const raised = useMemo(
    () => new Set(answerKeyFor(scenario).findings.map((finding) => finding.rule)),
    [scenario],
  );
  const visitIds = Object.keys(scenario.expected.lines);

  function changeLine(visitId: string, field: AnswerField, value: string) {
    setAnswers((current) => {
      const line = current.lines[visitId] ?? { hcpcs: '', revenueCode: '', units: '' };
      return { ...current, lines: { ...current.lines, [visitId]: { ...line, [field]: value } } };
    });
  }

  function toggleFinding(id: string, named: boolean) {
    setAnswers((current) => ({
      ...current,
      findings: named
        ? [...current.findings, id]
        : current.findings.filter((finding) => finding !== id),
    }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (grade) return;
    const next = gradeQuiz(scenario, answers, raised);
    setGrade(next);
    record(next.right, next.total);
    queueMicrotask(() => resultsHeading.current?.focus());
  }

  function tryAgain() {
    setAnswers(emptyAnswers(scenario));
    setGrade(null);
    queueMicrotask(() => firstInput.current?.querySelector('input')?.focus());
  }

  return (
    <div className="training-quiz">
      <h2>Quiz: {scenario.title}</h2>
      <p>{scenario.story}</p>
      <ScenarioContext scenario={scenario} />
      <ScenarioVisitsTable scenario={scenario} />
      <form onSubmit={submit} aria-label={`Answers for ${scenario.title}`}>
        <h3>Your answers</h3>
        <p className="muted">
          For a line no code fits, leave HCPCS and units blank (or type none). Revenue codes have
          four digits, such as 0551.
        </p>
        <div ref={firstInput} className="training-line-grid">
          {visitIds.map((visitId) => (
            <LineInputs
              key={visitId}
              visitId={visitId}
              answers={answers}
              disabled={grade !== null}
              onChange={changeLine}
            />
          ))}
        </div>
        <FindingChoices
          scenario={scenario}
          answers={answers}
          disabled={grade !== null}
          onToggle={toggleFinding}
        />
        <div className="training-actions">
          <button type="submit" className="primary" disabled={grade !== null}>
            Check answers
          </button>
          {grade ? (
            <button type="button" onClick={tryAgain}>
              Try again
            </button>
          ) : null}
        </div>
      </form>
      {grade ? <QuizResults scenario={scenario} grade={grade} headingRef={resultsHeading} /> : null}
      <ScoreBoard />
    </div>
  );
}
