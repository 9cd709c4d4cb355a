// Opens this browser's storage for the drafts as the page starts, and reads what it holds.
// A browser that refuses storage altogether (some private modes, blocked site data) still runs
// the app; the notice says that nothing is saved.
import { ClaimStorage } from './claim-storage.ts';
import type { Draft } from './draft-list.ts';
import { addStorageNotices, setReadOnly, setSaveFailure } from './storage-status.ts';

/** A random token of 12 base-36 characters (draft ids, revisions, epochs). */
export function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) =>
    (byte % 36).toString(36),
  ).join('');
}

export interface BrowserStorage {
  storage: ClaimStorage;
  local: Storage;
  initial: { drafts: Draft[]; activeDraftId: string };
}

export function openBrowserStorage(): BrowserStorage | null {
  if (typeof window === 'undefined') return null;
  let local: Storage;
  try {
    local = window.localStorage;
    local.getItem('');
  } catch (error) {
    setSaveFailure(
      `this browser does not let the app save (${error instanceof Error ? error.message : String(error)})`,
    );
    return null;
  }
  let session: Storage | null = null;
  try {
    session = window.sessionStorage;
  } catch {
    // The active draft is then remembered for the browser, not for this tab.
  }
  const storage = new ClaimStorage({ local, session, now: Date.now, token: randomToken });
  const loaded = storage.load();
  addStorageNotices(loaded.notices);
  setReadOnly(loaded.readOnly);
  return {
    storage,
    local,
    initial: {
      drafts: [...loaded.stored.map((stored) => stored.draft), ...loaded.unsaved],
      activeDraftId: loaded.activeDraftId ?? '',
    },
  };
}
