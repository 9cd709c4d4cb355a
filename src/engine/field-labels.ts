// How a message names a field: as the calculator labels it ("Minutes, visit 7"), not by its path
// in the claim JSON ("visits[6].minutes"). The path stays in the finding's `field`, for tools.
import { claimFieldLabels } from '../claim-format/claim-fields.ts';
import { visitFieldLabels } from '../claim-format/visit-fields.ts';

const claimLabels: Readonly<Record<string, string>> = claimFieldLabels;

/** One entry of a claim-level list, numbered from 1 as the form shows it. */
const entryLabels: Readonly<Record<string, string>> = {
  conditionCodes: 'Condition code',
  occurrenceCodes: 'Occurrence code',
  occurrenceSpanCodes: 'Occurrence span code',
  valueCodes: 'Value code',
  items: 'Item',
};

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

const VISIT_PATH = /^visits\[(\d+)\](?:\.activities\[(\d+)\])?(?:\.(\w+))?$/;
const ENTRY_PATH = /^(\w+)\[(\d+)\](?:\.(\w+))?$/;

function visitKeyLabel(key: string): string | undefined {
  if (key === 'id') return 'Visit id';
  return Object.hasOwn(visitFieldLabels, key)
    ? visitFieldLabels[key as keyof typeof visitFieldLabels]
    : undefined;
}

/** "visits[6].minutes" → "Minutes, visit 7"; "claim.through" → "Period through". */
export function describeField(path: string): string {
  const visit = VISIT_PATH.exec(path);
  if (visit) {
    const number = Number(visit[1]) + 1;
    const activity = visit[2] === undefined ? undefined : Number(visit[2]) + 1;
    const key = visit[3];
    if (activity !== undefined) {
      const keyLabel = key === undefined ? undefined : entryKeyLabels[key];
      return keyLabel
        ? `${keyLabel.charAt(0).toUpperCase()}${keyLabel.slice(1)} of activity ${activity}, visit ${number}`
        : `Activity ${activity}, visit ${number}`;
    }
    const label = key === undefined ? undefined : visitKeyLabel(key);
    return label ? `${label}, visit ${number}` : `Visit ${number}`;
  }
  if (path === 'claim') return 'Claim';
  if (path.startsWith('claim.')) return claimLabels[path.slice(6)] ?? path;
  if (Object.hasOwn(claimLabels, path)) return claimLabels[path]!;
  const entry = ENTRY_PATH.exec(path);
  const entryLabel = entry ? entryLabels[entry[1]!] : undefined;
  if (entry && entryLabel) {
    const named = `${entryLabel} ${Number(entry[2]) + 1}`;
    const key = entry[3];
    return key === undefined ? named : `${named}, ${entryKeyLabels[key] ?? key}`;
  }
  return path;
}
