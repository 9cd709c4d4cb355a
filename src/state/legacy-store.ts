// Version 1 of the saved data: the whole store under one key, {state: {drafts, activeDraftId,
// deleted, setAside}, version: 1}. It is read draft by draft (each repaired on its own, as any
// stored draft) and moved to one key per draft by claim-storage.ts.

export interface LegacyStore {
  /** The drafts as stored, each still to be read on its own. */
  drafts: unknown[];
  activeDraftId: string | null;
}

export type LegacyOutcome = { ok: true; store: LegacyStore } | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Version 1's state to what version 2 keeps: its drafts, one by one. */
function draftsOfVersion1(state: Record<string, unknown>): LegacyStore {
  return {
    drafts: Array.isArray(state.drafts) ? state.drafts : [],
    activeDraftId: typeof state.activeDraftId === 'string' ? state.activeDraftId : null,
  };
}

/**
 * Migrations by the version they upgrade from: `migrations[n]` reads version n's whole stored
 * state into version n + 1's drafts. Each needs a test (test/state/legacy-store.test.ts).
 */
export const migrations: Record<number, (state: Record<string, unknown>) => LegacyStore> = {
  1: draftsOfVersion1,
};

/** Reads version 1's stored text; fails, saying why, only when no draft can be found in it. */
export function readLegacyStore(raw: string): LegacyOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the saved data is not valid JSON' };
  }
  if (!isRecord(parsed) || !isRecord(parsed.state))
    return { ok: false, reason: 'the saved data has no state' };
  const version = parsed.version;
  if (!Array.isArray(parsed.state.drafts))
    return {
      ok: false,
      reason:
        version === 1
          ? 'the saved data has no list of drafts'
          : `the saved data is from an unknown version of the app (${String(version)})`,
    };
  // A list of drafts is read (draft by draft) whatever the version says: nothing readable is lost.
  return { ok: true, store: draftsOfVersion1(parsed.state) };
}
