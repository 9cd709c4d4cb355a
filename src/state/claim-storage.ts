// The save path: the drafts in this tab's memory and the drafts in localStorage, kept in step
// with every other tab of the app. Each draft has its own key and a revision per write, so:
//   - a save writes only the drafts this tab changed, and only over the version it last agreed on
//     with the storage; a version another tab wrote meanwhile is never overwritten unseen;
//   - a draft changed in two tabs since they last agreed is kept twice: the later edit under its
//     name, the other as "Jones (from another tab, 14:32)", with a notice;
//   - "Delete all saved data" writes a new epoch first: a tab that sees another epoch (before any
//     save, or on the storage event) drops everything it holds, and a draft stamped with an old
//     epoch (written by a tab that had not heard yet) is removed, never loaded.
// The browser wiring (events, debounce, pagehide) is in tab-sync.ts; this class is pure over the
// Storage it is given, so tests drive several "tabs" over one storage.
import { loadStoredDrafts } from './claim-storage-load.ts';
import { fromAnotherTabName } from './draft-names.ts';
import {
  draftRecordText,
  peekStamp,
  readDraftRecord,
  readTombstone,
  tombstoneText,
  type RecordStamp,
  type StoredDraft,
} from './draft-record.ts';
import { newDraftId, positionAfterDraft, type Draft } from './draft-list.ts';
import {
  ACTIVE_KEY,
  DRAFT_KEY_PREFIX,
  EPOCH_KEY,
  SAVE_REFUSED_KEY,
  STORAGE_KEY,
  draftIdOfKey,
  draftKey,
} from './persisted.ts';
import { keysStartingWith, setAsideRaw, tryWrite } from './stored-keys.ts';
import { refusalReason, type ReadOnlyMode } from './storage-status.ts';
import { noChanges, type StorageChanges } from './stored-changes.ts';

export interface StorageDeps {
  local: Storage;
  /** This tab's own storage (the active draft across a reload); null where there is none. */
  session: Storage | null;
  now: () => number;
  /** A random token (ids, revisions, epochs). */
  token: () => string;
}

/** What this tab holds in memory, as the store has it. */
export interface LocalDrafts {
  drafts: readonly Draft[];
  /** The untouched empty draft the app made: never saved, gives way to stored drafts. */
  placeholder: Draft | null;
}

interface Agreed {
  /** The revision this tab and the storage both hold. */
  rev: string;
  /** The draft as stored at that revision (the store's object, so a change shows by identity). */
  draft: Draft;
  /** This tab wrote that revision. */
  mine: boolean;
  kept: Pick<StoredDraft, 'version' | 'unknown' | 'setAside'> | null;
}

type Stored =
  | { kind: 'none' }
  | { kind: 'deleted'; stamp: RecordStamp }
  | { kind: 'unreadable'; raw: string }
  | { kind: 'read'; stored: StoredDraft };

const NONE: Stored = { kind: 'none' };

const sameContent = (a: Draft, b: Draft) =>
  a.name === b.name && JSON.stringify(a.claim) === JSON.stringify(b.claim);

export class ClaimStorage {
  private readonly tab: string;
  private writes = 0;
  private epoch: string;
  private readonly agreed = new Map<string, Agreed>();
  /** When each draft was last edited in this tab (or, if adopted, in the tab that wrote it). */
  private readonly editedAt = new Map<string, number>();
  private refusedFlag = false;
  private mode: ReadOnlyMode | null = null;

  /** Unreadable data this tab could not set aside: while there is any, it saves nothing. */
  get readOnly(): ReadOnlyMode | null {
    return this.mode;
  }

  constructor(private readonly deps: StorageDeps) {
    this.tab = deps.token();
    this.epoch = this.storedEpoch();
  }

  private storedEpoch(): string {
    return this.deps.local.getItem(EPOCH_KEY) ?? '';
  }

  private nextRev(): string {
    this.writes += 1;
    return `${this.tab}.${this.writes}`;
  }

  /** Forgets what this tab knew of the storage (as a fresh page with nothing loaded). */
  forget(): void {
    this.agreed.clear();
    this.editedAt.clear();
    this.epoch = this.storedEpoch();
    this.mode = null;
    this.refusedFlag = false;
  }

  /** Reads the saved drafts (migrating, repairing, setting aside) as a page starts. */
  load() {
    this.agreed.clear();
    this.epoch = this.storedEpoch();
    const loaded = loadStoredDrafts({
      local: this.deps.local,
      session: this.deps.session,
      epoch: this.epoch,
      now: this.deps.now,
      recordOf: (stored) =>
        draftRecordText(
          stored.draft,
          { rev: this.nextRev(), parentRev: null, editedAt: stored.editedAt, epoch: this.epoch },
          stored,
        ),
    });
    // Drafts moved from version 1 were written by the loader and read back with the rest.
    for (const stored of loaded.stored) this.agree(stored);
    this.mode = loaded.readOnly;
    return loaded;
  }

  private agree(stored: StoredDraft, mine = false): void {
    this.agreed.set(stored.draft.id, { rev: stored.rev, draft: stored.draft, mine, kept: stored });
    this.editedAt.set(stored.draft.id, stored.editedAt);
  }

  /** Notes when drafts were edited in this tab (the later edit keeps the name in a conflict). */
  noteEdits(before: readonly Draft[], after: readonly Draft[]): void {
    const previous = new Map(before.map((draft) => [draft.id, draft]));
    const now = this.deps.now();
    for (const draft of after)
      if (previous.get(draft.id) !== draft && this.agreed.get(draft.id)?.draft !== draft)
        this.editedAt.set(draft.id, now);
  }

  private write(
    draft: Draft,
    parentRev: string | null,
    kept: Agreed['kept'],
    changes: StorageChanges,
  ): void {
    if (this.mode) return;
    const rev = this.nextRev();
    const editedAt = this.editedAt.get(draft.id) ?? this.deps.now();
    const text = draftRecordText(draft, { rev, parentRev, editedAt, epoch: this.epoch }, kept);
    try {
      this.deps.local.setItem(draftKey(draft.id), text);
    } catch (error) {
      changes.saveFailure = refusalReason(error);
      this.flagRefusal(changes.saveFailure);
      return;
    }
    this.agreed.set(draft.id, { rev, draft, mine: true, kept });
    changes.saveFailure ??= null;
  }

  /** A refused save is remembered, so the next start says so even if it was the last one. */
  private flagRefusal(reason: string): void {
    this.refusedFlag = true;
    tryWrite(this.deps.session, SAVE_REFUSED_KEY, reason);
    tryWrite(this.deps.local, SAVE_REFUSED_KEY, reason);
  }

  private clearRefusal(): void {
    if (!this.refusedFlag) return;
    this.refusedFlag = false;
    this.deps.session?.removeItem(SAVE_REFUSED_KEY);
    this.deps.local.removeItem(SAVE_REFUSED_KEY);
  }

  /**
   * The stored draft `id`: none, deleted (a tombstone), unreadable (its text), or read. A record
   * of another epoch (written by a tab that had not heard of a delete of everything) is removed.
   */
  private readStored(id: string, position: number): Stored {
    const raw = this.deps.local.getItem(draftKey(id));
    if (raw === null) return NONE;
    const tombstone = readTombstone(raw);
    const read = tombstone ? null : readDraftRecord(raw, { id, position });
    if (read && !read.ok) return { kind: 'unreadable', raw };
    if ((tombstone ?? read?.stored)?.epoch !== this.epoch) {
      this.deps.local.removeItem(draftKey(id));
      return NONE;
    }
    if (tombstone) return { kind: 'deleted', stamp: tombstone };
    return read?.ok ? { kind: 'read', stored: read.stored } : NONE;
  }

  /** Deletes a stored draft, leaving the revision it deleted (a tombstone) for other tabs. */
  private deleteStored(id: string, parentRev: string): void {
    const stamp = { rev: this.nextRev(), parentRev, editedAt: this.deps.now(), epoch: this.epoch };
    if (!tryWrite(this.deps.local, draftKey(id), tombstoneText(id, stamp)))
      this.deps.local.removeItem(draftKey(id));
  }

  /** The stored revision of `id` as this tab last agreed on it (read without parsing the claim). */
  private storedRevIs(id: string, rev: string): boolean {
    const raw = this.deps.local.getItem(draftKey(id));
    return raw !== null && peekStamp(raw)?.rev === rev;
  }

  /**
   * Both versions of a draft changed since the tabs last agreed are kept: the one edited later
   * under the draft's id and name, the other as a copy named after the other tab.
   */
  private keepBoth(
    local: Draft,
    stored: StoredDraft,
    drafts: readonly Draft[],
    changes: StorageChanges,
  ): void {
    const id = local.id;
    if (sameContent(local, stored.draft)) {
      this.agreed.set(id, { rev: stored.rev, draft: local, mine: false, kept: stored });
      return;
    }
    const localEditedAt = this.editedAt.get(id) ?? 0;
    const localLater = localEditedAt >= stored.editedAt;
    const other = localLater
      ? { draft: stored.draft, editedAt: stored.editedAt }
      : { draft: local, editedAt: localEditedAt };
    const copy: Draft = {
      id: newDraftId(this.deps.token),
      name: fromAnotherTabName(other.draft.name, other.editedAt || this.deps.now()),
      position: positionAfterDraft(drafts, id),
      claim: other.draft.claim,
    };
    this.editedAt.set(copy.id, other.editedAt);
    if (localLater) this.write(local, stored.rev, stored, changes);
    else {
      this.agree(stored);
      changes.upsert.push(stored.draft);
      changes.moved.push({ from: id, to: copy.id });
    }
    this.write(copy, null, null, changes);
    changes.upsert.push(copy);
    changes.notices.push({
      kind: 'conflict',
      name: (localLater ? local : stored.draft).name,
      copyName: copy.name,
    });
    changes.saveSoon ||= this.agreed.get(copy.id)?.draft !== copy;
  }

  /** False (after dropping what this tab knew) when all saved data was deleted in another tab. */
  private sameEpoch(changes: StorageChanges): boolean {
    const current = this.storedEpoch();
    if (current === this.epoch) return true;
    this.epoch = current;
    this.agreed.clear();
    this.editedAt.clear();
    changes.wipe = true;
    changes.notices.push({ kind: 'all-deleted-elsewhere' });
    // Drafts saved since the delete (in its epoch) are shown; older ones are removed.
    this.syncAll({ drafts: [], placeholder: null }, changes);
    return false;
  }

  /** Writes what this tab changed since it last agreed with the storage. */
  save(local: LocalDrafts): StorageChanges {
    const changes = noChanges();
    if (this.mode || !this.sameEpoch(changes)) return changes;
    const ids = new Set(local.drafts.map((draft) => draft.id));
    for (const [id, agreed] of [...this.agreed]) {
      if (ids.has(id)) continue;
      // Deleted here: deleted in storage too, unless another tab changed it since (then its
      // edits are kept).
      this.agreed.delete(id);
      if (this.storedRevIs(id, agreed.rev)) this.deleteStored(id, agreed.rev);
      else {
        const stored = this.readStored(id, agreed.draft.position);
        if (stored.kind === 'read') {
          this.agree(stored.stored);
          changes.upsert.push(stored.stored.draft);
          changes.notices.push({ kind: 'kept-after-delete', name: stored.stored.draft.name });
        }
      }
    }
    for (const draft of local.drafts) {
      const agreed = this.agreed.get(draft.id);
      if (draft === local.placeholder || agreed?.draft === draft) continue;
      if (agreed && this.storedRevIs(draft.id, agreed.rev)) {
        this.write(draft, agreed.rev, agreed.kept, changes);
        continue;
      }
      const stored = this.readStored(draft.id, draft.position);
      if (stored.kind === 'none' || stored.kind === 'deleted') {
        // Deleted in another tab since this tab last saved it: this tab's edits are kept.
        if (agreed) changes.notices.push({ kind: 'kept-after-delete', name: draft.name });
        const parentRev = stored.kind === 'deleted' ? stored.stamp.rev : null;
        this.write(draft, parentRev, agreed?.kept ?? null, changes);
      } else if (stored.kind === 'unreadable') {
        // Something this app cannot read sits under the draft's key: set it aside first.
        if (setAsideRaw(this.deps.local, stored.raw) !== null)
          this.write(draft, null, null, changes);
        else changes.saveFailure = "this browser's storage for the app is full";
      } else this.keepBoth(draft, stored.stored, local.drafts, changes);
    }
    if (changes.saveFailure === null) this.clearRefusal();
    return changes;
  }

  /** Takes in a change another tab made (the key of a storage event; null: look at everything). */
  receive(key: string | null, local: LocalDrafts): StorageChanges {
    const changes = noChanges();
    if (!this.sameEpoch(changes)) return changes;
    if (key === null) this.syncAll(local, changes);
    else {
      const id = draftIdOfKey(key);
      if (id !== null) this.syncDraft(id, local, changes);
    }
    return changes;
  }

  private syncAll(local: LocalDrafts, changes: StorageChanges): void {
    const ids = new Set(this.agreed.keys());
    for (const key of keysStartingWith(this.deps.local, DRAFT_KEY_PREFIX))
      ids.add(draftIdOfKey(key) ?? '');
    for (const id of ids) this.syncDraft(id, local, changes);
  }

  /** Brings this tab's copy of one draft in step with the stored one. */
  private syncDraft(id: string, local: LocalDrafts, changes: StorageChanges): void {
    const agreed = this.agreed.get(id);
    const shown = local.drafts.find((draft) => draft.id === id);
    if (agreed && this.storedRevIs(id, agreed.rev)) return;
    const position = shown?.position ?? agreed?.draft.position ?? Number.MAX_SAFE_INTEGER;
    const stored = this.readStored(id, position);
    // Unreadable here: left alone (the next start sets it aside).
    if (stored.kind === 'unreadable') return;
    const dirty = shown !== undefined && shown !== local.placeholder && shown !== agreed?.draft;
    if (stored.kind === 'none' || stored.kind === 'deleted') {
      if (!agreed) return;
      this.agreed.delete(id);
      if (!shown) return;
      // A delete that replaced this tab's own write unseen (both at once) does not take it.
      const overwritten =
        stored.kind === 'deleted' && agreed.mine && stored.stamp.parentRev !== agreed.rev;
      if (dirty || overwritten) {
        changes.notices.push({ kind: 'kept-after-delete', name: shown.name });
        const parentRev = stored.kind === 'deleted' ? stored.stamp.rev : null;
        this.write(shown, parentRev, agreed.kept, changes);
      } else {
        changes.remove.push(id);
        changes.notices.push({ kind: 'deleted-elsewhere', name: shown.name });
      }
      return;
    }
    const incoming = stored.stored;
    if (agreed?.rev === incoming.rev) return;
    // This tab's last write was replaced by a tab that had not seen it.
    const overwritten = agreed?.mine === true && incoming.parentRev !== agreed.rev;
    if (dirty) this.keepBoth(shown, incoming, local.drafts, changes);
    else if (overwritten && shown) this.keepBoth(shown, incoming, local.drafts, changes);
    else {
      this.agree(incoming);
      changes.upsert.push(incoming.draft);
    }
  }

  /**
   * Remembers the draft open in this tab, for its reload, and (when the coder chose it) for the
   * next new tab.
   */
  saveActiveDraft(id: string, chosen = true): void {
    if (this.mode) return;
    tryWrite(this.deps.session, ACTIVE_KEY, id);
    if (chosen) tryWrite(this.deps.local, ACTIVE_KEY, id);
  }

  /**
   * Deletes every draft and everything else the app saved in this browser. The new epoch is
   * written first, so every tab learns of the delete before it could save again.
   */
  deleteAll(): void {
    const { local, session, token } = this.deps;
    const epoch = token();
    const epochWritten = tryWrite(local, EPOCH_KEY, epoch);
    for (const key of keysStartingWith(local, STORAGE_KEY))
      if (key !== EPOCH_KEY) local.removeItem(key);
    if (!epochWritten) tryWrite(local, EPOCH_KEY, epoch);
    session?.removeItem(ACTIVE_KEY);
    session?.removeItem(SAVE_REFUSED_KEY);
    this.epoch = epoch;
    this.agreed.clear();
    this.editedAt.clear();
    this.refusedFlag = false;
    this.mode = null;
  }

  /** Tries again to set aside what could not be read; where it went, or null if it still does not fit. */
  retrySetAside(): { key: string; reason: string }[] | null {
    const entries: { key: string; reason: string }[] = [];
    for (const entry of this.mode?.entries ?? []) {
      const raw = this.deps.local.getItem(entry.key);
      if (raw === null) continue;
      const aside = setAsideRaw(this.deps.local, raw);
      if (aside === null) return null;
      this.deps.local.removeItem(entry.key);
      entries.push({ key: aside, reason: entry.reason });
    }
    this.mode = null;
    return entries;
  }

  /** Removes the unreadable data (the coder downloaded it) so that saving can resume. */
  removeUnreadable(): void {
    for (const entry of this.mode?.entries ?? []) this.deps.local.removeItem(entry.key);
    this.mode = null;
  }
}
