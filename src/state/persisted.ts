// What the store keeps in localStorage, and the restore step that reads it back without trusting
// it: known older versions are migrated, then everything is validated with zod. Anything that
// cannot be read (not JSON, an unknown version, a shape that does not validate) is set aside
// under another key, never deleted, so the coder can download it.
import * as z from 'zod/mini';
import { DraftClaim } from './draft-claim.ts';

export const STORAGE_KEY = 'visit-to-claim';
export const SET_ASIDE_PREFIX = 'visit-to-claim:set-aside:';
/** Bump with a migration in `migrations` whenever the persisted shape changes. */
export const STORE_VERSION = 1;

export const Draft = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  claim: DraftClaim,
});
export type Draft = z.infer<typeof Draft>;

export const SetAsideNotice = z.object({
  key: z.string(),
  reason: z.string(),
});
export type SetAsideNotice = z.infer<typeof SetAsideNotice>;

export const PersistedState = z.object({
  drafts: z.array(Draft).check(z.minLength(1)),
  activeDraftId: z.string(),
  /** The last deleted draft and where it was, so the delete can be undone. */
  deleted: z._default(
    z.nullable(z.object({ draft: Draft, index: z.int().check(z.nonnegative()) })),
    null,
  ),
  setAside: z._default(z.nullable(SetAsideNotice), null),
});
export type PersistedState = z.infer<typeof PersistedState>;

/**
 * Migrations by the version they upgrade from: `migrations[n]` turns version n into n + 1.
 * Version 1 is the first stored shape, so there are none yet; each new one needs a test.
 */
export const migrations: Record<number, (state: unknown) => unknown> = {};

export type RestoreOutcome =
  { ok: true; state: PersistedState } | { ok: false; reason: string } | { ok: true; state: null };

function describeIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it does not match the expected shape';
  const path = issue.path.join('.');
  return `${path === '' ? 'the stored value' : path}: ${issue.message}`;
}

/** Runs the migrations from `version` up to STORE_VERSION. */
export function migrateStored(state: unknown, version: number): unknown {
  let current = state;
  for (let from = version; from < STORE_VERSION; from += 1) {
    const step = migrations[from];
    if (!step) throw new Error(`no migration from version ${from}`);
    current = step(current);
  }
  return current;
}

/** Reads the raw stored text: null when nothing is stored, else the state or why it can't be read. */
export function restoreStored(raw: string | null): RestoreOutcome {
  if (raw === null) return { ok: true, state: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved data is not valid JSON' };
  }
  if (typeof parsed !== 'object' || parsed === null || !('state' in parsed))
    return { ok: false, reason: 'the saved data has no state' };
  const version = 'version' in parsed ? parsed.version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, reason: 'the saved data has no version' };
  if (version > STORE_VERSION)
    return {
      ok: false,
      reason: `the saved data is from a newer version of the app (${version}; this app reads up to ${STORE_VERSION})`,
    };
  let migrated: unknown;
  try {
    migrated = migrateStored(parsed.state, version);
  } catch (error) {
    return { ok: false, reason: `the saved data could not be upgraded (${String(error)})` };
  }
  const result = PersistedState.safeParse(migrated);
  if (!result.success) return { ok: false, reason: describeIssue(result.error) };
  const state = result.data;
  if (!state.drafts.some((draft) => draft.id === state.activeDraftId))
    state.activeDraftId = state.drafts[0]?.id ?? '';
  return { ok: true, state };
}

/** Keeps unreadable stored text under a free set-aside key and returns that key. */
export function setAsideStored(storage: Storage, raw: string): string {
  let n = 1;
  while (storage.getItem(`${SET_ASIDE_PREFIX}${n}`) !== null) n += 1;
  const key = `${SET_ASIDE_PREFIX}${n}`;
  storage.setItem(key, raw);
  return key;
}
