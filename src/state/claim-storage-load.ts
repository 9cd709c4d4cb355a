// Reading the saved drafts when a page starts: version 1's single key is moved to one key per
// draft, each draft is read on its own and repaired, and only a draft that cannot be read at all
// is set aside. Data that cannot be read nor set aside (storage full) stays where it is and the
// page starts in a mode that does not save (ReadOnlyMode), so no edit can overwrite it.
import {
  TOMBSTONE_KEPT_MS,
  readDraftRecord,
  readDraftValue,
  readTombstone,
  type StoredDraft,
} from './draft-record.ts';
import type { Draft } from './draft-list.ts';
import { readLegacyStore } from './legacy-store.ts';
import {
  ACTIVE_KEY,
  DRAFT_KEY_PREFIX,
  SAVE_REFUSED_KEY,
  STORAGE_KEY,
  draftIdOfKey,
  draftKey,
} from './persisted.ts';
import { keysStartingWith, setAsideRaw, tryWrite } from './stored-keys.ts';
import type { ReadOnlyMode, StorageNotice } from './storage-status.ts';

export interface LoadDeps {
  local: Storage;
  session: Storage | null;
  epoch: string;
  now: () => number;
  /** A record of a draft moved from version 1, with a fresh revision. */
  recordOf: (stored: StoredDraft) => string;
}

export interface LoadedDrafts {
  /** Drafts as stored (this tab agrees with the storage on them). */
  stored: StoredDraft[];
  /** Drafts from version 1 that did not fit in storage yet: shown, and saved when they fit. */
  unsaved: Draft[];
  activeDraftId: string | null;
  notices: StorageNotice[];
  readOnly: ReadOnlyMode | null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Loader {
  readonly stored: StoredDraft[] = [];
  readonly unsaved: Draft[] = [];
  readonly setAside: { key: string; reason: string }[] = [];
  readonly repaired: { name: string; repairs: string[] }[] = [];
  readonly unreadable: ReadOnlyMode['entries'] = [];

  constructor(private readonly deps: LoadDeps) {}

  /** Sets `raw` aside and removes it from `key`; if it does not fit, leaves it where it is. */
  setAsideFrom(key: string | null, raw: string, reason: string): boolean {
    const aside = this.unreadable.length === 0 ? setAsideRaw(this.deps.local, raw) : null;
    if (aside === null) {
      if (key !== null) this.unreadable.push({ key, reason });
      return false;
    }
    if (key !== null) this.deps.local.removeItem(key);
    this.setAside.push({ key: aside, reason });
    return true;
  }

  noteRepairs(stored: StoredDraft): void {
    if (stored.repairs.length > 0)
      this.repaired.push({ name: stored.draft.name, repairs: stored.repairs });
  }

  /**
   * Moves version 1's drafts to keys of their own and returns its active draft. The old key goes
   * once every draft is under its own key or set aside; until then it keeps the rest.
   */
  migrateLegacy(raw: string): string | null {
    const legacy = readLegacyStore(raw);
    if (!legacy.ok) {
      this.setAsideFrom(STORAGE_KEY, raw, legacy.reason);
      return null;
    }
    const { local } = this.deps;
    const values = legacy.store.drafts;
    /** Drafts kept nowhere but under the old key. */
    const remaining: unknown[] = [];
    values.forEach((value, index) => {
      const id =
        isRecord(value) && typeof value.id === 'string' && value.id !== ''
          ? value.id
          : `d${index + 1}`;
      const read = readDraftValue(value, { id, position: index + 1 });
      if (!read.ok) {
        const reason = `saved draft ${index + 1}: ${read.reason}`;
        if (!this.setAsideFrom(null, JSON.stringify(value), reason)) {
          remaining.push(value);
          this.unreadable.push({ key: STORAGE_KEY, reason });
        }
        return;
      }
      this.noteRepairs(read.stored);
      // A draft already under its own key was moved before and may have been edited since.
      if (local.getItem(draftKey(id)) !== null) return;
      const text = this.deps.recordOf(read.stored);
      try {
        local.setItem(draftKey(id), text);
      } catch {
        // Make room: the old key without the drafts moved so far and this one (held in memory
        // between two writes of one task), then try once more; if it still does not fit, the
        // draft goes back under the old key.
        const oldKeyWith = (drafts: unknown[]) => JSON.stringify({ state: { drafts }, version: 1 });
        try {
          local.setItem(STORAGE_KEY, oldKeyWith([...remaining, ...values.slice(index + 1)]));
          local.setItem(draftKey(id), text);
        } catch {
          tryWrite(local, STORAGE_KEY, oldKeyWith([...remaining, ...values.slice(index)]));
          remaining.push(value);
          this.unsaved.push(read.stored.draft);
        }
      }
    });
    if (remaining.length === 0) local.removeItem(STORAGE_KEY);
    return legacy.store.activeDraftId;
  }

  readRecords(): void {
    const { local, epoch } = this.deps;
    const taken = new Set(this.unsaved.map((draft) => draft.id));
    for (const key of keysStartingWith(local, DRAFT_KEY_PREFIX)) {
      const id = draftIdOfKey(key) ?? '';
      const raw = local.getItem(key);
      if (raw === null || taken.has(id)) continue;
      const tombstone = readTombstone(raw);
      if (tombstone) {
        // Only tabs saving at the same moment need it; later, it is just a missing draft.
        if (tombstone.epoch !== epoch || tombstone.editedAt < this.deps.now() - TOMBSTONE_KEPT_MS)
          local.removeItem(key);
        continue;
      }
      const read = readDraftRecord(raw, { id, position: this.stored.length + 1 });
      if (!read.ok) this.setAsideFrom(key, raw, `a saved draft: ${read.reason}`);
      // Written by a tab that had not yet learned that all saved data was deleted.
      else if (read.stored.epoch !== epoch) local.removeItem(key);
      else {
        this.stored.push(read.stored);
        this.noteRepairs(read.stored);
      }
    }
  }
}

/** Why a save was refused when a page was last left, if one was (then forgets it). */
function refusedOnLeave(deps: LoadDeps): string | null {
  const reason =
    deps.session?.getItem(SAVE_REFUSED_KEY) ?? deps.local.getItem(SAVE_REFUSED_KEY) ?? null;
  deps.session?.removeItem(SAVE_REFUSED_KEY);
  deps.local.removeItem(SAVE_REFUSED_KEY);
  return reason;
}

export function loadStoredDrafts(deps: LoadDeps): LoadedDrafts {
  const loader = new Loader(deps);
  const legacyRaw = deps.local.getItem(STORAGE_KEY);
  const legacyActive = legacyRaw === null ? null : loader.migrateLegacy(legacyRaw);
  loader.readRecords();
  const notices: StorageNotice[] = [];
  if (loader.setAside.length > 0) notices.push({ kind: 'set-aside', entries: loader.setAside });
  if (loader.repaired.length > 0) notices.push({ kind: 'repaired', drafts: loader.repaired });
  const refused = refusedOnLeave(deps);
  if (refused !== null) notices.push({ kind: 'refused-on-leave', reason: refused });
  return {
    stored: loader.stored,
    unsaved: loader.unsaved,
    activeDraftId:
      deps.session?.getItem(ACTIVE_KEY) ?? deps.local.getItem(ACTIVE_KEY) ?? legacyActive,
    notices,
    readOnly: loader.unreadable.length > 0 ? { entries: loader.unreadable } : null,
  };
}
