// Repair, don't discard (as Excalidraw's restore does): a stored draft whose values do not fit
// the draft's shape keeps every value that fits. Drafts hold text as typed, so a number or other
// single value where text belongs becomes its text, and a list or object there becomes its JSON
// text, shown in the cell beside the engine's message. A part that fits nowhere (a visit that is
// not an object) is taken out and kept with the draft's stored record, not shown. Nothing here
// knows the draft's fields: it follows the schema's complaints, so it survives schema changes.
import type * as z from 'zod/mini';
import { idAllocator } from './draft-claim.ts';

export interface SetAsidePart {
  /** Where it was, in words: "visit 3". */
  field: string;
  value: unknown;
}

export type RepairOutcome<T> =
  | {
      ok: true;
      value: T;
      /** The input after repair, before the schema left out what it does not know. */
      repaired: unknown;
      /** What was changed, in words: 'visit 3 minutes was the number 45; it is now the text "45"'. */
      repairs: string[];
      setAside: SetAsidePart[];
    }
  | { ok: false; reason: string };

type Path = readonly PropertyKey[];
type Container = Record<PropertyKey, unknown> | unknown[];

/** Passes over the schema's complaints; each pass repairs every complaint it is given. */
const MAX_PASSES = 8;

function isContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function words(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** ["visits", 2, "minutes"] as "visit 3 minutes". */
function fieldWords(path: Path): string {
  const parts: string[] = [];
  path.forEach((key, index) => {
    if (typeof key === 'number') return;
    const listEntry = path[index + 1];
    const name = words(String(key));
    parts.push(typeof listEntry === 'number' ? `${name.replace(/s$/, '')} ${listEntry + 1}` : name);
  });
  return parts.join(' ');
}

function describe(value: unknown): string {
  if (typeof value === 'number') return `the number ${String(value)}`;
  if (typeof value === 'boolean') return `the value ${String(value)}`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'an object';
  return `the value ${String(value)}`;
}

/** A value as the text a coder would have typed for it. */
function asTypedText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

function parentOf(root: unknown, path: Path): Container | undefined {
  let node: unknown = root;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(node)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return isContainer(node) ? node : undefined;
}

/** A fresh id for a list entry without one, after its neighbours' ids (V4 after V3). */
function freshId(list: readonly unknown[]): string {
  const ids = list
    .map((entry) => (isContainer(entry) ? (entry as Record<string, unknown>).id : undefined))
    .filter((id): id is string => typeof id === 'string' && id !== '');
  const prefix = /^[A-Za-z]+/.exec(ids[0] ?? '')?.[0] ?? 'X';
  return idAllocator(prefix, ids).next();
}

/** Entries of the same list that share an id get ids of their own (the first keeps it). */
function separateIds(value: unknown): void {
  if (Array.isArray(value)) {
    const seen = new Set<string>();
    for (const entry of value) {
      if (!isContainer(entry) || Array.isArray(entry)) continue;
      const record = entry as Record<string, unknown>;
      if (typeof record.id !== 'string' || record.id === '') continue;
      const id = seen.has(record.id) ? freshId(value) : record.id;
      record.id = id;
      seen.add(id);
    }
  }
  if (isContainer(value)) for (const inner of Object.values(value)) separateIds(inner);
}

/**
 * Reads `input` with `schema`, repairing what does not fit. Fails only when the value itself is
 * not what the schema reads at all (a claim that is not an object).
 */
export function repairValue<T>(schema: z.ZodMiniType<T>, input: unknown): RepairOutcome<T> {
  const work: unknown = structuredClone(input);
  const repairs: string[] = [];
  const setAside: SetAsidePart[] = [];
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    separateIds(work);
    const parsed = schema.safeParse(work);
    if (parsed.success) return { ok: true, value: parsed.data, repaired: work, repairs, setAside };
    const dropped = new Map<unknown[], Set<number>>();
    for (const issue of parsed.error.issues) {
      const path = issue.path;
      const key = path.at(-1);
      const parent = parentOf(work, path);
      if (key === undefined || !parent) return { ok: false, reason: 'it is not a draft claim' };
      const current = (parent as Record<PropertyKey, unknown>)[key];
      const listEntry = Array.isArray(parentOf(work, path.slice(0, -1)));
      if (key === 'id' && listEntry && (current === undefined || current === '')) {
        (parent as Record<string, unknown>).id = freshId(
          parentOf(work, path.slice(0, -1)) as unknown[],
        );
      } else if (
        issue.code === 'invalid_type' &&
        issue.expected === 'string' &&
        current !== undefined
      ) {
        const text = asTypedText(current);
        (parent as Record<PropertyKey, unknown>)[key] = text;
        if (current !== null)
          repairs.push(
            `${fieldWords(path)} was ${describe(current)}; it is now the text “${text}”`,
          );
      } else {
        setAside.push({ field: fieldWords(path), value: current });
        if (Array.isArray(parent) && typeof key === 'number') {
          const indexes = dropped.get(parent) ?? new Set<number>();
          indexes.add(key);
          dropped.set(parent, indexes);
        } else delete (parent as Record<PropertyKey, unknown>)[key];
      }
    }
    for (const [list, indexes] of dropped)
      for (const index of [...indexes].sort((a, b) => b - a)) list.splice(index, 1);
  }
  return { ok: false, reason: 'it could not be repaired' };
}
