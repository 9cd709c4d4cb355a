// JSON.stringify(value, null, 2) in pieces. A result for 100,000 visits whose every field is bad
// is more text than one string can hold (V8 stops at about 512 MiB), so the command line writes
// the result a piece at a time: the outer object and its lists are walked here, and the entries
// of a list (visit lines, claim lines, findings) are stringified natively, many at a time, which
// is several times faster than walking every field. The pieces join to exactly the text
// JSON.stringify would give.

/** Arrays and objects this deep or deeper are stringified whole: a result's line is at 2. */
const WHOLE_FROM_DEPTH = 2;
const STEP = '  ';

type Container = readonly unknown[] | Record<string, unknown>;

/** What JSON.stringify writes for `value` under `key`: after toJSON, as it calls it. */
function toJsonValue(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return (toJSON as (key: string) => unknown).call(value, key);
  }
  return value;
}

/** Values JSON.stringify leaves out of objects (and writes as null in arrays). */
function isOmitted(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * The whole value stringified at `indent`, or undefined when its text is too long for one
 * string. Wrapped in one array per level of indent, JSON.stringify indents it itself; the
 * wrapping brackets are sliced off, which copies nothing (a replace of each newline would).
 */
function stringifyWhole(value: Container, indent: string): string | undefined {
  const levels = indent.length / STEP.length;
  let wrapped: unknown = value;
  for (let level = 0; level < levels; level++) wrapped = [wrapped];
  let text: string;
  try {
    text = JSON.stringify(wrapped, null, STEP);
  } catch (error) {
    if (error instanceof RangeError && /string length/i.test(error.message)) return undefined;
    throw error;
  }
  // Each level adds "[\n" plus its indent before the value and "\n" plus its indent and "]" after.
  let head = 0;
  for (let level = 0; level < levels; level++) head += 2 + STEP.length * (level + 1);
  let tail = 0;
  for (let level = 0; level < levels; level++) tail += 2 + STEP.length * level;
  return text.slice(head, text.length - tail);
}

/** Entries of a list stringified in one native call: much faster than one call per line. */
const ENTRIES_PER_CALL = 128;

function hasToJson(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  );
}

/**
 * Entries `start` to `end` of a list at `indent`, as JSON.stringify writes them between its
 * brackets; undefined when their text is too long, or when an entry's toJSON would be told its
 * index in the slice instead of in the list.
 */
function stringifyEntries(
  array: readonly unknown[],
  start: number,
  end: number,
  indent: string,
): string | undefined {
  const entries = array.slice(start, end);
  if (entries.some(hasToJson)) return undefined;
  const text = stringifyWhole(entries, indent);
  // "[\n" and the entries' indent before them, "\n", the list's indent and "]" after.
  return text?.slice(2 + indent.length + STEP.length, text.length - (2 + indent.length));
}

function* arrayChunks(array: readonly unknown[], indent: string, depth: number): Generator<string> {
  if (array.length === 0) {
    yield '[]';
    return;
  }
  const inner = indent + STEP;
  const entriesWhole = depth + 1 >= WHOLE_FROM_DEPTH;
  for (let start = 0; start < array.length; start += ENTRIES_PER_CALL) {
    const end = Math.min(array.length, start + ENTRIES_PER_CALL);
    const entries = entriesWhole ? stringifyEntries(array, start, end, indent) : undefined;
    if (entries !== undefined) {
      yield `${start === 0 ? '[' : ','}\n${inner}`;
      yield entries;
      continue;
    }
    for (let i = start; i < end; i++) {
      yield `${i === 0 ? '[' : ','}\n${inner}`;
      const value = toJsonValue(array[i], String(i));
      if (isOmitted(value)) yield 'null';
      else yield* valueChunks(value, inner, depth + 1);
    }
  }
  yield `\n${indent}]`;
}

function* objectChunks(
  object: Record<string, unknown>,
  indent: string,
  depth: number,
): Generator<string> {
  const inner = indent + STEP;
  let first = true;
  for (const key of Object.keys(object)) {
    const value = toJsonValue(object[key], key);
    if (isOmitted(value)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* valueChunks(value, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

function* valueChunks(value: unknown, indent: string, depth: number): Generator<string> {
  if (typeof value !== 'object' || value === null) {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  const container = value as Container;
  if (depth >= WHOLE_FROM_DEPTH) {
    const whole = stringifyWhole(container, indent);
    if (whole !== undefined) {
      yield whole;
      return;
    }
  }
  if (Array.isArray(container)) yield* arrayChunks(container, indent, depth);
  else yield* objectChunks(container as Record<string, unknown>, indent, depth);
}

/**
 * The pieces of JSON.stringify(value, null, 2), for a value written at `indent` (a batch writes
 * each claim's result two spaces in).
 */
export function jsonChunks(value: unknown, indent = ''): Generator<string> {
  return valueChunks(toJsonValue(value, ''), indent, 0);
}
