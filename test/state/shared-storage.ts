// A localStorage shared by simulated tabs, for tests in Node, modelled on Chromium's: the
// browser holds the stored values (`data`, in the order writes reach it) and each tab reads its
// own copy, which takes in other tabs' writes only as their storage events are delivered. So a
// tab can read a stale value and write over a write it has not seen, as two real tabs can.
// A quota (in characters of keys and values) makes writes fail as a full storage does.
import { ClaimStorage } from '../../src/state/claim-storage.ts';
import { createClaimStore, type ClaimStoreApi } from '../../src/state/claim-store.ts';
import { newDraftId } from '../../src/state/draft-list.ts';

interface StorageEvent {
  key: string | null;
  value: string | null;
  /** The order in which the write reached the browser. */
  order: number;
}

export class SharedStorage {
  readonly data = new Map<string, string>();
  quota = Number.POSITIVE_INFINITY;
  readonly inboxes = new Map<string, StorageEvent[]>();
  /** When each key was last written, in the browser's order of writes. */
  readonly order = new Map<string, number>();
  writes = 0;

  used(): number {
    let total = 0;
    for (const [key, value] of this.data) total += key.length + value.length;
    return total;
  }

  open(tab: string): TabStorage {
    this.inboxes.set(tab, []);
    return new TabStorage(this, tab);
  }

  /** Records a write in the browser's order and queues its event for the other tabs. */
  written(writer: string, key: string | null, value: string | null): number {
    const order = (this.writes += 1);
    if (key !== null) this.order.set(key, order);
    for (const [tab, inbox] of this.inboxes) if (tab !== writer) inbox.push({ key, value, order });
    return order;
  }
}

export class TabStorage implements Storage {
  private readonly copy: Map<string, string>;
  private readonly copyOrder: Map<string, number>;

  constructor(
    private readonly shared: SharedStorage,
    private readonly tab: string,
  ) {
    this.copy = new Map(shared.data);
    this.copyOrder = new Map(shared.order);
  }

  /** Another tab's write reaches this tab (unless this tab's own later write to the key did). */
  takeIn(event: StorageEvent): void {
    if (event.key === null) {
      this.copy.clear();
      return;
    }
    if ((this.copyOrder.get(event.key) ?? 0) > event.order) return;
    this.copyOrder.set(event.key, event.order);
    if (event.value === null) this.copy.delete(event.key);
    else this.copy.set(event.key, event.value);
  }

  get length(): number {
    return this.copy.size;
  }

  key(index: number): string | null {
    return [...this.copy.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    return this.copy.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    const before = this.shared.data.get(key);
    const growth = value.length - (before === undefined ? -key.length : before.length);
    if (this.shared.used() + growth > this.shared.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.copy.set(key, value);
    this.shared.data.set(key, value);
    this.copyOrder.set(key, this.shared.written(this.tab, key, value));
  }

  removeItem(key: string): void {
    this.copy.delete(key);
    this.shared.data.delete(key);
    this.copyOrder.set(key, this.shared.written(this.tab, key, null));
  }

  clear(): void {
    this.copy.clear();
    this.shared.data.clear();
    this.shared.written(this.tab, null, null);
  }
}

/** A clock that moves on by a second at each reading, so "later" is always clear. */
export function steppingClock(start = Date.UTC(2026, 2, 9, 14, 0)): () => number {
  let now = start;
  return () => (now += 1000);
}

export interface Tab {
  name: string;
  store: ClaimStoreApi;
  storage: ClaimStorage;
  local: TabStorage;
  /** What the tab read as it started (notices, read-only mode). */
  loaded: ReturnType<ClaimStorage['load']>;
  /** The save that would run when typing pauses. */
  save: () => void;
  /** Takes in the storage events queued for this tab (all, or the first `count`). */
  deliver: (count?: number) => void;
  /** Closes the tab: it gets no more events. */
  close: () => void;
  names: () => string[];
}

/** A tab of the app starting over `shared` (it reads what is saved, as a page load does). */
export function openTab(shared: SharedStorage, name: string, now = steppingClock()): Tab {
  let tokens = 0;
  const token = () => `${name}${(tokens += 1)}`;
  const local = shared.open(name);
  const storage = new ClaimStorage({ local, session: null, now, token });
  const loaded = storage.load();
  const store = createClaimStore({
    newDraftId: () => newDraftId(token),
    initial: {
      drafts: [...loaded.stored.map((stored) => stored.draft), ...loaded.unsaved],
      activeDraftId: loaded.activeDraftId ?? '',
    },
  });
  store.subscribe((state, previous) => {
    if (state.drafts !== previous.drafts) storage.noteEdits(previous.drafts, state.drafts);
  });
  const apply = (changes: ReturnType<ClaimStorage['save']>) =>
    store.getState().applyStorageChanges(changes);
  return {
    name,
    store,
    storage,
    local,
    loaded,
    save: () => apply(storage.save(store.getState())),
    deliver: (count) => {
      const inbox = shared.inboxes.get(name) ?? [];
      for (const event of inbox.splice(0, count ?? inbox.length)) {
        local.takeIn(event);
        apply(storage.receive(event.key, store.getState()));
      }
    },
    close: () => {
      shared.inboxes.delete(name);
    },
    names: () => store.getState().drafts.map((draft) => draft.name),
  };
}
