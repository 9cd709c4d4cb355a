// How the app names a finding's field, by its target: as the calculator labels it ("Minutes,
// visit 7"), from the claim format's field table. Messages read well on their own; views add
// this name where they show a message away from its field (the findings list, a CSV report).
import { claimFieldLabels } from './claim-fields.ts';
import { visitFieldLabels } from './visit-fields.ts';
import type { Finding, FindingTarget } from '../engine/types.ts';

const claimLabels: Readonly<Record<string, string>> = claimFieldLabels;
const visitLabels: Readonly<Record<string, string>> = visitFieldLabels;

/** One entry of a claim-level list, numbered from 1 as the form shows it. */
const entryLabels: Readonly<Record<string, string>> = {
  conditionCodes: 'Condition code',
  occurrenceCodes: 'Occurrence code',
  occurrenceSpanCodes: 'Occurrence span code',
  valueCodes: 'Value code',
};

/** The fields of list entries and items, as they follow the entry's name ("Item 2, revenue code"). */
const entryKeyLabels: Readonly<Record<string, string>> = {
  id: 'id',
  code: 'code',
  date: 'date',
  from: 'from',
  through: 'through',
  value: 'value',
  revenueCode: 'revenue code',
  hcpcs: 'HCPCS',
  units: 'units',
  charge: 'charge',
  service: 'service',
  minutes: 'minutes',
};

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

function describeVisitField(target: FindingTarget, number: number): string {
  const { field, entry, key } = target;
  if (field === 'activities' && entry !== undefined) {
    const keyLabel = key === undefined ? undefined : entryKeyLabels[key];
    return keyLabel
      ? `${capitalised(keyLabel)} of activity ${entry + 1}, visit ${number}`
      : `Activity ${entry + 1}, visit ${number}`;
  }
  if (field === 'id') return `Visit id, visit ${number}`;
  const label = Object.hasOwn(visitLabels, field) ? visitLabels[field] : undefined;
  return label ? `${label}, visit ${number}` : `Visit ${number}`;
}

/** { visits, 6, minutes } → "Minutes, visit 7"; { claim, through } → "Period through". */
export function describeTarget(target: FindingTarget): string {
  const number = (target.index ?? 0) + 1;
  if (target.list === 'visits') return describeVisitField(target, number);
  if (target.list === 'items') {
    const keyLabel = entryKeyLabels[target.field];
    return target.field === '' || keyLabel === undefined
      ? `Item ${number}`
      : `Item ${number}, ${keyLabel}`;
  }
  if (target.field === '') return 'Claim';
  const entryLabel = entryLabels[target.field];
  if (target.entry !== undefined && entryLabel !== undefined) {
    const named = `${entryLabel} ${target.entry + 1}`;
    return target.key === undefined
      ? named
      : `${named}, ${entryKeyLabels[target.key] ?? target.key}`;
  }
  return claimLabels[target.field] ?? target.field;
}

/**
 * A finding's message where it is shown away from its field (the findings list, a printout, a
 * CSV cell): an input problem is led by the field's name ("Minutes, visit 3: Expected …").
 */
export function findingText(finding: Pick<Finding, 'rule' | 'message' | 'target'>): string {
  return finding.rule === 'invalid-input' && finding.target
    ? `${describeTarget(finding.target)}: ${finding.message}`
    : finding.message;
}
