// Where the drafts live in this browser's localStorage (see claim-storage.ts for how they are
// read and written). Every key starts with STORAGE_KEY, so "Delete all saved data" finds them.
//
//   visit-to-claim:draft:<id>     one draft per key (a keystroke rewrites only its draft)
//   visit-to-claim:epoch          changes when all saved data is deleted; a draft stamped with
//                                 another epoch is stale and is removed, never loaded
//   visit-to-claim:active         the draft last opened (this tab's own is in sessionStorage)
//   visit-to-claim:set-aside:<n>  saved data that could not be read, kept for download
//   visit-to-claim:save-refused   a save the browser refused, shown on the next start
//   visit-to-claim                version 1: every draft under one key (migrated on load)
export const STORAGE_KEY = 'visit-to-claim';
export const DRAFT_KEY_PREFIX = `${STORAGE_KEY}:draft:`;
export const EPOCH_KEY = `${STORAGE_KEY}:epoch`;
export const ACTIVE_KEY = `${STORAGE_KEY}:active`;
export const SET_ASIDE_PREFIX = `${STORAGE_KEY}:set-aside:`;
export const SAVE_REFUSED_KEY = `${STORAGE_KEY}:save-refused`;

/** A stored draft says what it is, so a downloaded copy can be recognised and reopened. */
export const DRAFT_RECORD_FORMAT = 'visit-to-claim/draft';

/**
 * The shape of a stored draft. Version 1 kept every draft under STORAGE_KEY; version 2 keeps one
 * record per draft (legacy-store.ts migrates version 1). Bump with a migration in
 * legacy-store.ts's `migrations` when a change is not additive: fields a version does not know
 * are kept as they are, so additions need no bump. Version 3: a visit's travel is recorded
 * beside its minutes, no longer inside them (draft-record.ts takes it out of older drafts).
 */
export const STORE_VERSION = 3;

export function draftKey(id: string): string {
  return `${DRAFT_KEY_PREFIX}${id}`;
}

/** The draft id of a draft key, or null for any other key. */
export function draftIdOfKey(key: string): string | null {
  return key.startsWith(DRAFT_KEY_PREFIX) ? key.slice(DRAFT_KEY_PREFIX.length) : null;
}
