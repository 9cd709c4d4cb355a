// Where a finding points: the engine gives its target ({list: 'visits', index: 2, field:
// 'minutes'}); this finds the control that edits it and says it in words.
import { describeTarget, type FindingTarget as EngineTarget } from '../../engine/index.ts';
import { visitFieldLabels, type VisitFieldKey } from '../../claim-format/visit-fields.ts';
import { cellId } from './grid-rows.ts';
import { addRowButtonId } from './claim-list-ids.ts';

/** The claim form's lists, each with an "Add" button and a row of controls per entry. */
const claimLists = new Set(['occurrenceCodes', 'occurrenceSpanCodes', 'valueCodes', 'items']);

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
  'conditionCodes',
]);

function visitControl(target: EngineTarget): FindingTarget {
  const index = target.index ?? 0;
  if (target.field === 'activities' && target.entry !== undefined) {
    const key = target.key === 'service' ? 'service' : 'minutes';
    return {
      elementId: `activity-${index}-${target.entry}-${key}`,
      label: `visit ${index + 1}, activity ${target.entry + 1}`,
      visitIndex: index,
      activityIndex: target.entry,
    };
  }
  const key = target.field === '' ? 'id' : target.field;
  const label = visitFieldLabel(key);
  return {
    elementId: cellId(index, label ? key : 'id'),
    label: `visit ${index + 1}, ${label ?? WHOLE_VISIT}`,
    visitIndex: index,
    visitField: label ? key : 'id',
  };
}

function claimControl(target: EngineTarget): FindingTarget | null {
  const { field, entry, key } = target;
  if (claimControls.has(field))
    return { elementId: `claim-${field}`, label: describeTarget({ list: 'claim', field }) };
  if (!claimLists.has(field)) return null;
  // A finding about a whole list (a value code that is missing): its "Add" button.
  if (entry === undefined)
    return { elementId: addRowButtonId(field), label: describeTarget(target) };
  const control = key ?? 'code';
  // A span row has two dates, so its label says which ("Occurrence span code 1, through").
  const named = field === 'occurrenceSpanCodes' && control !== 'code';
  return {
    elementId: `${field}-${entry}-${control}`,
    label: describeTarget({ list: 'claim', field, entry, key: named ? control : undefined }),
  };
}

function itemControl(target: EngineTarget): FindingTarget {
  const index = target.index ?? 0;
  const key = target.field === '' ? 'revenueCode' : target.field;
  return {
    elementId: `items-${index}-${key}`,
    label: describeTarget({ list: 'items', index, field: '' }),
  };
}

export function findingTarget(
  target: EngineTarget | undefined,
  visitIndexById?: (lineId: string) => number | undefined,
  lineId?: string,
): FindingTarget | null {
  if (target?.list === 'visits') return visitControl(target);
  if (target?.list === 'items') return itemControl(target);
  const control = target?.list === 'claim' ? claimControl(target) : null;
  if (control) return control;
  if (lineId !== undefined) {
    const index = visitIndexById?.(lineId);
    if (index !== undefined)
      return { elementId: cellId(index, 'id'), label: `visit ${index + 1}`, visitIndex: index };
  }
  return null;
}
