// Saved data that was set aside (downloaded from the notice, or still in this browser) opened
// again as drafts: a version 1 store with all its drafts, one stored draft, a bare draft
// {name, claim}, or a list of these. Each draft is read on its own and repaired, as at start-up;
// a draft that still cannot be read is named with why, and the others open.
import type { DraftClaim } from './draft-claim.ts';
import { readDraftValue } from './draft-record.ts';
import { DRAFT_RECORD_FORMAT } from './persisted.ts';

export interface SavedDrafts {
  drafts: { name: string; claim: DraftClaim }[];
  /** Drafts that could not be read, and what was repaired in the others, in words. */
  problems: string[];
  repairs: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A draft as this app saves it: its claim, with no other file format named. */
function isSavedDraft(value: unknown): value is Record<string, unknown> {
  return (
    isRecord(value) &&
    isRecord(value.claim) &&
    (value.format === undefined || value.format === DRAFT_RECORD_FORMAT)
  );
}

function draftValues(value: unknown): unknown[] | null {
  if (isRecord(value) && isRecord(value.state) && Array.isArray(value.state.drafts))
    return value.state.drafts;
  if (isSavedDraft(value)) return [value];
  if (Array.isArray(value) && value.length > 0 && value.every(isSavedDraft)) return value;
  return null;
}

/**
 * The drafts in a file of saved data, or null when the text is not saved data (it may be a
 * claim file: the caller reads it as one).
 */
export function readSavedDrafts(text: string): SavedDrafts | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  const values = draftValues(value);
  if (!values) return null;
  const found: SavedDrafts = { drafts: [], problems: [], repairs: [] };
  values.forEach((entry, index) => {
    const read = readDraftValue(entry, {
      id: `restored-${index + 1}`,
      position: index + 1,
      name: `Restored draft ${index + 1}`,
    });
    if (!read.ok) {
      found.problems.push(`Draft ${index + 1} cannot be opened: ${read.reason}.`);
      return;
    }
    const { name, claim } = read.stored.draft;
    found.drafts.push({ name, claim });
    found.repairs.push(...read.stored.repairs.map((repair) => `${name}: ${repair}.`));
  });
  return found;
}
