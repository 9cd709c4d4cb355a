// A finding's target and its path in the claim JSON ("visits[2].minutes"), which stays in the
// result format for tools. Checks name their field by a target (visitTarget, claimTarget) or,
// where a check still writes a path, the path is read here once, so nothing downstream parses
// paths.
import type { FindingTarget } from '../engine/types.ts';

export function visitTarget(
  index: number,
  field = '',
  entry?: number,
  key?: string,
): FindingTarget {
  return { list: 'visits', index, field, entry, key };
}

/** A claim field ("remarks"), or one entry of a claim list ("occurrenceCodes", 0, "date"). */
export function claimTarget(field = '', entry?: number, key?: string): FindingTarget {
  return { list: 'claim', field, entry, key };
}

/** The claim lists whose entries are written without "claim." ("occurrenceCodes[0].date"). */
function entryPath(target: FindingTarget): string {
  if (target.entry === undefined) return '';
  return `[${target.entry}]${target.key === undefined ? '' : `.${target.key}`}`;
}

/** The target's path in the claim JSON: "visits[2].minutes", "claim.hipps", "valueCodes[1].code". */
export function targetPath(target: FindingTarget): string {
  if (target.list === 'claim') {
    if (target.field === '') return 'claim';
    return target.entry === undefined
      ? `claim.${target.field}`
      : `${target.field}${entryPath(target)}`;
  }
  const record = `${target.list}[${target.index ?? 0}]`;
  return target.field === '' ? record : `${record}.${target.field}${entryPath(target)}`;
}

/** "name[3]" as its name and position. */
function step(text: string): { name: string; position?: number } {
  const open = text.indexOf('[');
  if (open < 0 || !text.endsWith(']')) return { name: text };
  const position = Number(text.slice(open + 1, -1));
  return Number.isInteger(position) && position >= 0
    ? { name: text.slice(0, open), position }
    : { name: text };
}

/** The target of a path a check wrote (the inverse of targetPath); undefined when it is none. */
export function targetOfPath(path: string): FindingTarget | undefined {
  const [first = { name: '' }, second, third] = path.split('.').map(step);
  if (first.name === 'claim' && first.position === undefined)
    return second === undefined ? claimTarget() : claimTarget(second.name);
  if ((first.name === 'visits' || first.name === 'items') && first.position !== undefined) {
    const target: FindingTarget = { list: first.name, index: first.position, field: '' };
    if (second) {
      target.field = second.name;
      target.entry = second.position;
      target.key = third?.name;
    }
    return target;
  }
  if (first.name === '') return undefined;
  return claimTarget(first.name, first.position, second?.name);
}
