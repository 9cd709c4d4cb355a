// The one shape of every check on a claim: on a visit line, on the whole claim, on its items.
// A check is named by its findings catalogue id; the catalogue row gives its severity, its
// sources and the payers it applies to. `run` looks at its context and returns what it found
// (usually nothing).

import type { FindingTarget } from '../types.ts';

/** What a check found: its message, and the line and field it points at. */
export interface Issue {
  message: string;
  lineId?: string | undefined;
  /** The field, as a target or as its path (findings.ts reads the path into a target). */
  target?: FindingTarget | undefined;
  field?: string | undefined;
  /** The sources of the table row the finding is about, to cite only those (see citeRow). */
  about?: readonly string[] | undefined;
}

export interface Check<Context> {
  /** A findings catalogue id (src/data/findings.json). */
  id: string;
  run: (context: Context) => readonly Issue[];
}

/** Nothing found: one shared empty list, so a quiet check allocates nothing. */
export const NONE: readonly Issue[] = [];

export function one(message: string, extra: Omit<Issue, 'message'> = {}): Issue[] {
  return [{ message, ...extra }];
}
