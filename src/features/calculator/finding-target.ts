// Where a finding points: the engine names a field ("visits[2].minutes", "claim.hipps",
// "items[0].charge"); this finds the control that edits it and says it in words.
import { cellId } from './grid-rows.ts';

export interface FindingTarget {
  elementId: string;
  label: string;
  /** The visit's position, for findings about a visit. */
  visitIndex?: number;
  /** For split visits: the activity's position. */
  activityIndex?: number;
}

const visitFieldLabels: Record<string, string> = {
  id: 'visit number',
  date: 'Date',
  discipline: 'Discipline',
  credential: 'Credential',
  service: 'Service',
  minutes: 'Minutes',
  start: 'Start',
  end: 'End',
  mode: 'Mode',
  setting: 'Setting',
  travelMinutes: 'Travel minutes',
  documentationMinutes: 'Documentation minutes',
  hcpcs: 'Entered HCPCS',
  units: 'Entered units',
  charge: 'Charge',
  monitoringDays: 'Days monitored',
  activities: 'Activities',
};

const claimFieldLabels: Record<string, string> = {
  payer: 'Payer profile',
  billType: 'Type of bill',
  from: 'Period from',
  through: 'Period through',
  admissionDate: 'Admission date',
  noaAcceptedDate: 'NOA accepted date',
  patientStatus: 'Patient status',
  hipps: 'HIPPS code',
  lupaThreshold: 'LUPA threshold',
};

const listLabels: Record<string, string> = {
  occurrenceCodes: 'Occurrence code',
  valueCodes: 'Value code',
  items: 'Item',
};

export function findingTarget(
  field: string | undefined,
  visitIndexById?: (lineId: string) => number | undefined,
  lineId?: string,
): FindingTarget | null {
  if (field) {
    const activity = /^visits\[(\d+)\]\.activities\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (activity) {
      const index = Number(activity[1]);
      const position = Number(activity[2]);
      const key = activity[3] === 'service' ? 'service' : 'minutes';
      return {
        elementId: `activity-${index}-${position}-${key}`,
        label: `visit ${index + 1}, activity ${position + 1}`,
        visitIndex: index,
        activityIndex: position,
      };
    }
    const visit = /^visits\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (visit) {
      const index = Number(visit[1]);
      const key = visit[2] ?? 'id';
      return {
        elementId: cellId(index, key in visitFieldLabels ? key : 'id'),
        label: `visit ${index + 1}, ${visitFieldLabels[key] ?? 'visit number'}`,
        visitIndex: index,
      };
    }
    const claim = /^claim\.(\w+)/.exec(field);
    if (claim?.[1] && claimFieldLabels[claim[1]])
      return { elementId: `claim-${claim[1]}`, label: claimFieldLabels[claim[1]] ?? claim[1] };
    if (/^conditionCodes/.test(field))
      return { elementId: 'claim-conditionCodes', label: 'Condition codes' };
    const list = /^(occurrenceCodes|valueCodes|items)\[(\d+)\](?:\.(\w+))?/.exec(field);
    if (list?.[1]) {
      const position = Number(list[2]);
      const key = list[3] ?? (list[1] === 'items' ? 'revenueCode' : 'code');
      return {
        elementId: `${list[1]}-${position}-${key}`,
        label: `${listLabels[list[1]] ?? list[1]} ${position + 1}`,
      };
    }
  }
  if (lineId !== undefined) {
    const index = visitIndexById?.(lineId);
    if (index !== undefined)
      return { elementId: cellId(index, 'id'), label: `visit ${index + 1}`, visitIndex: index };
  }
  return null;
}
