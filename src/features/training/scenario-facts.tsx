// What a trainee sees of a scenario before the answers: the claim's context and its visits
// (date, discipline, credential, service, time, mode, setting), never the suggested codes.
import type { Scenario, ScenarioVisit } from '../../data/scenario-schema.ts';
import { hasCoderEntries } from '../../data/scenario-schema.ts';
import {
  billTypeLabel,
  credentialLabel,
  disciplineLabel,
  patientStatusLabel,
  payerLabel,
  serviceLabel,
  wordsFor,
} from './labels.ts';

function ContextRow({ label, value }: { label: string; value: string | undefined }) {
  if (value === undefined || value === '') return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

export function ScenarioContext({ scenario }: { scenario: Scenario }) {
  return (
    <dl className="training-context">
      <ContextRow label="Payer" value={payerLabel(scenario.payer)} />
      <ContextRow label="Type of bill" value={billTypeLabel(scenario.billType ?? '0329')} />
      <ContextRow
        label="Period"
        value={
          scenario.from && scenario.through ? `${scenario.from} to ${scenario.through}` : undefined
        }
      />
      <ContextRow label="Admission date" value={scenario.admissionDate} />
      <ContextRow label="NOA accepted" value={scenario.noaAcceptedDate} />
      <ContextRow
        label="Patient status"
        value={scenario.patientStatus ? patientStatusLabel(scenario.patientStatus) : undefined}
      />
      <ContextRow label="HIPPS code" value={scenario.hipps} />
      <ContextRow
        label="LUPA threshold"
        value={scenario.lupaThreshold === undefined ? undefined : String(scenario.lupaThreshold)}
      />
      <ContextRow label="Condition codes" value={scenario.conditionCodes?.join(', ')} />
      <ContextRow
        label="Occurrence codes"
        value={scenario.occurrenceCodes?.map((entry) => `${entry.code} (${entry.date})`).join(', ')}
      />
      <ContextRow
        label="Occurrence span codes"
        value={scenario.occurrenceSpanCodes
          ?.map((span) => `${span.code} (${span.from} to ${span.through})`)
          .join(', ')}
      />
      <ContextRow
        label="Value codes"
        value={
          scenario.valueCodes === undefined
            ? 'none entered'
            : scenario.valueCodes.map((entry) => `${entry.code}: ${entry.value}`).join(', ')
        }
      />
      <ContextRow
        label="Other lines"
        value={scenario.items
          ?.map(
            (item) =>
              `${item.revenueCode}${item.hcpcs ? ` ${item.hcpcs}` : ''} on ${item.date}, ${item.units} unit${item.units === 1 ? '' : 's'}`,
          )
          .join('; ')}
      />
    </dl>
  );
}

function describeService(visit: ScenarioVisit): string {
  if (visit.activities)
    return visit.activities
      .map((activity) => `${serviceLabel(activity.service)} ${activity.minutes} min`)
      .join('; ');
  return visit.service ? serviceLabel(visit.service) : 'Usual service for the discipline';
}

function describeTime(visit: ScenarioVisit): string {
  const parts: string[] = [];
  if (visit.start && visit.end) parts.push(`${visit.start}–${visit.end}`);
  if (visit.minutes !== undefined) parts.push(`${visit.minutes} min`);
  if (visit.monitoringDays !== undefined)
    parts.push(`${visit.monitoringDays} days monitored from ${visit.date}`);
  if (visit.travelMinutes) parts.push(`plus ${visit.travelMinutes} min travel (not counted)`);
  if (visit.documentationMinutes)
    parts.push(`of which ${visit.documentationMinutes} min documentation in the home`);
  return parts.join(', ') || '—';
}

function describeEntries(visit: ScenarioVisit): string {
  const codes = visit.hcpcs === undefined ? [] : [visit.hcpcs].flat();
  const parts = [codes.length > 0 ? codes.join(' + ') : ''];
  if (visit.units !== undefined) parts.push(`${visit.units} units`);
  return parts.filter(Boolean).join(', ') || '—';
}

export function ScenarioVisitsTable({ scenario }: { scenario: Scenario }) {
  const showEntries = scenario.visits.some(hasCoderEntries);
  return (
    <div className="training-table-scroll" role="region" aria-label="Visits" tabIndex={0}>
      <table className="training-table">
        <caption>Visits</caption>
        <thead>
          <tr>
            <th scope="col">Visit</th>
            <th scope="col">Date</th>
            <th scope="col">Discipline</th>
            <th scope="col">Credential</th>
            <th scope="col">Service</th>
            <th scope="col">Time</th>
            <th scope="col">Mode</th>
            <th scope="col">Setting</th>
            {showEntries ? <th scope="col">Coded as submitted</th> : null}
          </tr>
        </thead>
        <tbody>
          {scenario.visits.map((visit) => (
            <tr key={visit.id}>
              <th scope="row">{visit.id}</th>
              <td>{visit.date}</td>
              <td>{disciplineLabel(visit.discipline)}</td>
              <td>{credentialLabel(visit.credential)}</td>
              <td>{describeService(visit)}</td>
              <td>{describeTime(visit)}</td>
              <td>{wordsFor(visit.mode ?? 'in-person')}</td>
              <td>{visit.setting ? wordsFor(visit.setting) : 'Not recorded'}</td>
              {showEntries ? <td>{describeEntries(visit)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
