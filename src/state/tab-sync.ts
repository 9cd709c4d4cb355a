// The browser's side of saving: a save waits for typing to pause (at most a second) and is
// written at once when the page is hidden or left; another tab's save arrives as a storage event
// (the browser fires it in every other tab of the app within milliseconds), and a tab that comes
// back into view or focus looks at everything, in case it slept through events.
import type { ClaimStorage, LocalDrafts } from './claim-storage.ts';
import type { StorageChanges } from './stored-changes.ts';
import type { Draft } from './draft-list.ts';
import { STORAGE_KEY } from './persisted.ts';
import {
  addStorageNotices,
  clearStorageStatus,
  setReadOnly,
  setSaveFailure,
} from './storage-status.ts';

/** How long a save waits for typing to pause, and the longest it waits while typing goes on. */
export const SAVE_DELAY_MS = 250;
export const SAVE_MAX_DELAY_MS = 1000;

interface SyncedView extends LocalDrafts {
  drafts: Draft[];
  activeDraftId: string;
  applyStorageChanges: (changes: StorageChanges) => void;
  selectDraft: (id: string) => void;
}

/** The store as this module needs it (claim-store.ts's zustand store). */
export interface SyncedStore {
  getState: () => SyncedView;
  subscribe: (listener: (state: SyncedView, previous: SyncedView) => void) => () => void;
}

export interface ClaimStorageControl {
  /** Writes pending edits now (tests; the page does it when hidden or left). */
  flush: () => void;
  /** Takes in another tab's change to `key` (null: look at everything). */
  receive: (key: string | null) => void;
  /** Reads the saved drafts again, as a page starting does (tests). */
  reload: () => void;
  /** Forgets what this tab knew of the storage (the store was reset). */
  forget: () => void;
  /** Deletes everything the app saved in this browser, in every tab. */
  deleteAll: () => void;
  /** Sets the unreadable data aside after all, if there is room now; true if saving resumed. */
  retrySetAside: () => boolean;
  /** Removes the unreadable data (after the coder downloaded it) and resumes saving. */
  removeUnreadable: () => void;
  /** The text saved under `key` (set-aside and unreadable data, for download and restore). */
  savedText: (key: string) => string | null;
}

export function connectClaimStorage(
  store: SyncedStore,
  storage: ClaimStorage,
  local: Storage,
  target: Window | null,
): ClaimStorageControl {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt = 0;

  function cancel(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  }

  function schedule(): void {
    const now = Date.now();
    if (timer === null) firstPendingAt = now;
    else clearTimeout(timer);
    const wait = Math.min(SAVE_DELAY_MS, Math.max(0, firstPendingAt + SAVE_MAX_DELAY_MS - now));
    timer = setTimeout(flush, wait);
  }

  function apply(changes: StorageChanges): void {
    if (changes.wipe) {
      cancel();
      clearStorageStatus();
    }
    store.getState().applyStorageChanges(changes);
    addStorageNotices(changes.notices);
    if (changes.saveFailure !== undefined) setSaveFailure(changes.saveFailure);
    if (changes.saveSoon) schedule();
  }

  function flush(): void {
    cancel();
    apply(storage.save(store.getState()));
  }

  function receive(key: string | null): void {
    apply(storage.receive(key, store.getState()));
  }

  storage.saveActiveDraft(store.getState().activeDraftId, false);
  store.subscribe((state, previous) => {
    if (state.drafts !== previous.drafts) {
      storage.noteEdits(previous.drafts, state.drafts);
      schedule();
    }
    if (state.activeDraftId !== previous.activeDraftId)
      storage.saveActiveDraft(state.activeDraftId);
  });

  if (target) {
    target.addEventListener('storage', (event) => {
      if (event.storageArea !== local) return;
      if (event.key === null || event.key.startsWith(STORAGE_KEY)) receive(event.key);
    });
    target.addEventListener('pagehide', flush);
    target.addEventListener('focus', () => receive(null));
    target.document.addEventListener('visibilitychange', () => {
      if (target.document.visibilityState === 'hidden') flush();
      else receive(null);
    });
  }

  return {
    flush,
    receive,
    reload: () => {
      cancel();
      clearStorageStatus();
      const loaded = storage.load();
      addStorageNotices(loaded.notices);
      setReadOnly(loaded.readOnly);
      const drafts = [...loaded.stored.map((stored) => stored.draft), ...loaded.unsaved];
      store.getState().applyStorageChanges({
        wipe: true,
        upsert: drafts,
        remove: [],
        moved: [],
        notices: [],
        saveSoon: false,
      });
      if (loaded.activeDraftId) store.getState().selectDraft(loaded.activeDraftId);
      if (loaded.unsaved.length > 0) schedule();
    },
    forget: () => {
      cancel();
      storage.forget();
      clearStorageStatus();
    },
    deleteAll: () => {
      cancel();
      storage.deleteAll();
      clearStorageStatus();
    },
    retrySetAside: () => {
      const entries = storage.retrySetAside();
      if (!entries) return false;
      setReadOnly(null);
      if (entries.length > 0) addStorageNotices([{ kind: 'set-aside', entries }]);
      flush();
      return true;
    },
    removeUnreadable: () => {
      storage.removeUnreadable();
      setReadOnly(null);
      flush();
    },
    savedText: (key) => local.getItem(key),
  };
}
