// The shape every desk-reference row takes, whatever table it comes from, so that one
// table component, one entry page and one search index serve every code set.

export const codeSetIds = [
  'revenue-codes',
  'hcpcs',
  'bill-types',
  'condition-codes',
  'occurrence-codes',
  'value-codes',
  'patient-status',
  'point-of-origin',
  'admission-priority',
  'unit-rules',
  'claim-rules',
  'findings',
  'sources',
] as const;

/** A code set's id, which is also its address: #/reference/<id>. */
export type CodeSetId = (typeof codeSetIds)[number];

/** A pointer to another reference entry (#/reference/<setId>/<key>). */
export interface EntryLink {
  readonly setId: CodeSetId;
  readonly key: string;
}

/** One cell: its text (shown, sorted and filtered on) and the entries it names, if any. */
export interface EntryCell {
  readonly text: string;
  readonly links?: readonly EntryLink[];
}

export interface ReferenceColumn {
  readonly id: string;
  readonly header: string;
}

/** A band of a unit table: minutes from/to and the units they give. */
export interface EntryBand {
  readonly minMinutes: number;
  readonly maxMinutes: number | null;
  readonly units: number;
  readonly verified: boolean;
}

export interface ReferenceEntry {
  readonly setId: CodeSetId;
  /** The code or id; the last segment of the entry's address. */
  readonly key: string;
  readonly title: string;
  /** Values by column id; the "key" column is the code itself. */
  readonly cells: Readonly<Record<string, EntryCell>>;
  readonly effectiveFrom?: string | undefined;
  readonly effectiveTo?: string | undefined;
  /** Codes that took over from this one once it was retired. */
  readonly replacedBy: readonly EntryLink[];
  /** Codes this one took over from. */
  readonly replaces: readonly EntryLink[];
  readonly verified: boolean;
  readonly unverifiedNote?: string | undefined;
  readonly rules?: string | undefined;
  readonly notes?: string | undefined;
  readonly sources: readonly EntryLink[];
  /** Unit tables only: the published bands. */
  readonly bands?: readonly EntryBand[];
  /** Words that describe the entry without being shown in a column (for search). */
  readonly extraWords: string;
}

export interface CodeSet {
  readonly id: CodeSetId;
  readonly title: string;
  /** One sentence on what the set holds. */
  readonly about: string;
  /** Header of the first column (the key): "Code", "Finding", "Source"… */
  readonly keyHeader: string;
  /** Columns after the key column. */
  readonly columns: readonly ReferenceColumn[];
  readonly entries: readonly ReferenceEntry[];
}

/** The address of an entry, as hash-route segments. */
export function entryRoute(link: EntryLink): string[] {
  return ['reference', link.setId, link.key];
}
