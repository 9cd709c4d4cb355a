// Fields a stored draft holds that this version of the app does not know (written by a newer
// version, say). They are taken off when the draft is read, so the app never sees them, and put
// back when it is saved, so a newer version's data survives a round trip through an older tab.

/** What a read value left out of the stored one: unknown keys, at every depth. */
export interface UnknownFields {
  own?: Record<string, unknown>;
  inner?: Record<string, UnknownFields>;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list entry is matched by its id where it has one (entries move), else by its place. */
function entryKey(entry: unknown, index: number): string {
  return isRecord(entry) && typeof entry.id === 'string' && entry.id !== ''
    ? `id:${entry.id}`
    : `#${index}`;
}

/** The fields of `stored` that `read` (the same value as the app read it) does not have. */
export function unknownFields(stored: unknown, read: unknown): UnknownFields | null {
  const inner: Record<string, UnknownFields> = {};
  let own: Record<string, unknown> | undefined;
  if (isRecord(stored) && isRecord(read)) {
    for (const [key, value] of Object.entries(stored)) {
      if (!(key in read)) (own ??= {})[key] = value;
      else {
        const below = unknownFields(value, read[key]);
        if (below) inner[key] = below;
      }
    }
  } else if (Array.isArray(stored) && Array.isArray(read)) {
    const readByKey = new Map(read.map((entry, index) => [entryKey(entry, index), entry]));
    stored.forEach((entry, index) => {
      const key = entryKey(entry, index);
      const below = readByKey.has(key) ? unknownFields(entry, readByKey.get(key)) : null;
      if (below) inner[key] = below;
    });
  }
  const hasInner = Object.keys(inner).length > 0;
  if (!own && !hasInner) return null;
  return { ...(own ? { own } : {}), ...(hasInner ? { inner } : {}) };
}

/** `value` with the unknown fields put back (entries deleted since are gone, with theirs). */
export function withUnknownFields(value: unknown, unknown: UnknownFields | null): unknown {
  if (!unknown) return value;
  const inner = unknown.inner ?? {};
  if (isRecord(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value))
      out[key] = withUnknownFields(field, inner[key] ?? null);
    for (const [key, field] of Object.entries(unknown.own ?? {}))
      if (!(key in out)) out[key] = field;
    return out;
  }
  if (Array.isArray(value))
    return value.map((entry, index) =>
      withUnknownFields(entry, inner[entryKey(entry, index)] ?? null),
    );
  return value;
}
