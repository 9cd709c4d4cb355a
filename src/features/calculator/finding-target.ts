// Where a finding points: the engine names a field ("visits[2].minutes", "claim.hipps",
// "items[0].charge"); this finds the control that edits it and says it in words.
import { describeField } from '../../engine/index.ts';
import { visitFieldLabels, type VisitFieldKey } from '../../claim-format/visit-fields.ts';
import { cellId } from './grid-rows.ts';
import { addRowButtonId } from './claim-list-ids.ts';

/** The claim form's lists, by the engine's field names. */
const CLAIM_LISTS = 'occurrenceCodes|occurrenceSpanCodes|valueCodes|items';
/** "claim.valueCodes": a finding about a whole list. */
const WHOLE_LIST = new RegExp(`^claim\\.(${CLAIM_LISTS})$`);
/** "occurrenceSpanCodes[0].through": a finding about one entry of a list. */
const LIST_ENTRY = new RegExp(`^(${CLAIM_LISTS})\\[(\\d+)\\](?:\\.(\\w+))?`);

export interface FindingTarget {
  elementId: string;
  label: string;
  /** The visit's position, for findings about a visit. */
  visitIndex?: number;
  /** For split visits: the activity's position. */
  activityIndex?: number;
  /** The visit field whose grid cell the target is, e.g. "travelMinutes". */
  visitField?: string;
}

/** How a finding about the visit as a whole (or its id) names what it points at. */
const WHOLE_VISIT = 'visit number';

function visitFieldLabel(key: string): string | undefined {
  if (key === 'id') return WHOLE_VISIT;
  return Object.hasOwn(visitFieldLabels, key) ? visitFieldLabels[key as VisitFieldKey] : undefined;
}

/** Claim fields with a control of their own in the claim form (id `claim-<field>`). */
const claimControls = new Set([
  'payer',
  'billType',
  'from',
  'through',
  'admissionDate',
  'noaAcceptedDate',
  'patientStatus',
  'hipps',
  'lupaThreshold',
  'remarks',
]);

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
      const label = visitFieldLabel(key);
      return {
        elementId: cellId(index, label ? key : 'id'),
        label: `visit ${index + 1}, ${label ?? WHOLE_VISIT}`,
        visitIndex: index,
        visitField: label ? key : 'id',
      };
    }
    const claim = /^claim\.(\w+)/.exec(field);
    if (claim?.[1] && claimControls.has(claim[1]))
      return { elementId: `claim-${claim[1]}`, label: describeField(field) };
    if (/^conditionCodes/.test(field))
      return { elementId: 'claim-conditionCodes', label: 'Condition codes' };
    // A finding about a whole list (a value code that is missing): its "Add" button.
    const wholeList = WHOLE_LIST.exec(field);
    if (wholeList?.[1])
      return { elementId: addRowButtonId(wholeList[1]), label: describeField(field) };
    const list = LIST_ENTRY.exec(field);
    if (list?.[1]) {
      const position = Number(list[2]);
      const key = list[3] ?? (list[1] === 'items' ? 'revenueCode' : 'code');
      // A span row has two dates, so its label says which ("Occurrence span code 1, through").
      const named = list[1] === 'occurrenceSpanCodes' && key !== 'code';
      return {
        elementId: `${list[1]}-${position}-${key}`,
        label: describeField(`${list[1]}[${position}]${named ? `.${key}` : ''}`),
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
