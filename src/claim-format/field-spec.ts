// One field of the claim format, as every part of the app names and reads it: the key (as in the
// claim JSON and the draft), the label a coder sees, the column name in files, the other header
// names it is known by, and which kind of value it holds. The kind says how typed text is read
// (field-readers.ts) and how a value is written back as text (field-text.ts); the table itself
// imports no reader, so the grid's first paint does not load them.
import { normaliseHeader } from './header-name.ts';

/** What a field holds, which picks its reader and writer. */
export type FieldValueKind =
  | 'id'
  | 'date'
  | 'time'
  | 'duration'
  | 'whole-number'
  | 'money'
  | 'discipline'
  | 'credential'
  | 'service'
  | 'choice'
  | 'code'
  | 'code-list'
  | 'hcpcs-list'
  | 'modifiers'
  | 'free-text'
  | 'activities'
  | 'entries';

export interface FieldSpec<Key extends string = string> {
  key: Key;
  /** The label a coder sees on the field's cell or control ("Entered HCPCS"). */
  label: string;
  /** The field's column in a file (CSV import and export, pasted rows). */
  column: string;
  /** A narrow grid header, where the label is too wide for its column ("Travel min"). */
  header?: string;
  /** Other names a header row may use; the key, label and column always match. */
  aliases: readonly string[];
  reads: FieldValueKind;
  /** A few words on what the field holds, where its label alone could mislead (time fields). */
  help?: string;
}

/** A field as written in a table, before its column defaults to its label. */
type FieldEntry = Omit<FieldSpec, 'key' | 'column' | 'aliases'> & {
  column?: string;
  aliases?: readonly string[];
};

/** The table's rows as FieldSpecs, in order; a row without a column is filed under its label. */
export function fieldSpecs<Key extends string>(
  table: Readonly<Record<Key, FieldEntry>>,
): readonly FieldSpec<Key>[] {
  return (Object.entries(table) as [Key, FieldEntry][]).map(([key, entry]) => ({
    ...entry,
    key,
    column: entry.column ?? entry.label,
    aliases: entry.aliases ?? [],
  }));
}

/** Each field's value of one property, by key. */
export function byKey<Key extends string, Value>(
  specs: readonly FieldSpec<Key>[],
  pick: (spec: FieldSpec<Key>) => Value,
): Readonly<Record<Key, Value>> {
  return Object.fromEntries(specs.map((spec) => [spec.key, pick(spec)])) as Record<Key, Value>;
}

/** A lookup from any header name (normalised) to its field; the first field to claim a name wins. */
export function headerMatcher<Key extends string>(
  specs: readonly FieldSpec<Key>[],
): (header: string) => Key | undefined {
  const byHeader = new Map<string, Key>();
  for (const { key, label, column, aliases } of specs)
    for (const name of [key, label, column, ...aliases]) {
      const header = normaliseHeader(name);
      if (!byHeader.has(header)) byHeader.set(header, key);
    }
  return (header) => byHeader.get(normaliseHeader(header));
}
