// The one store: named drafts of raw claim inputs, the active draft, and per-draft undo/redo.
// Only inputs live here; engine results are derived in the views with useMemo.
//
// What is saved where:
//   drafts, activeDraftId, deleted, setAside → localStorage (persist, versioned, restored with zod)
//     Saves wait for typing to pause (flushClaimStorage; at most a second) and are flushed when
//     the page is hidden or left, so serialising the claim stays off the keystroke's task.
//   history (undo/redo stacks)              → memory only. 200 snapshots of a 300-visit claim
//     would risk the ~5 MB localStorage quota and slow every keystroke's save; after a reload
//     the drafts are exactly as left, and undo starts afresh.
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import {
  blankItem,
  blankVisit,
  emptyClaim,
  nextId,
  type ContextField,
  type DraftActivity,
  type DraftClaim,
  type DraftCodeDate,
  type DraftCodeSpan,
  type DraftCodeValue,
  type DraftVisit,
  type ItemField,
  type VisitField,
} from './draft-claim.ts';
import { reportSaveFailure, reportSaveSuccess } from './save-status.ts';
import { visitFieldKeys } from './visit-fields.ts';
import {
  STORAGE_KEY,
  STORE_VERSION,
  migrateStored,
  restoreStored,
  setAsideStored,
  type Draft,
  type PersistedState,
  type SetAsideNotice,
} from './persisted.ts';

export const HISTORY_LIMIT = 200;

interface History {
  past: DraftClaim[];
  future: DraftClaim[];
  /** Consecutive edits with the same key (typing in one cell) make one undo step. */
  lastKey: string | null;
}

export interface ClaimStoreState extends PersistedState {
  history: Record<string, History>;
}

export interface ClaimStoreActions {
  /** Opens `claim` (or an empty claim) as a new draft, makes it active, and returns its id. */
  createDraft: (name?: string, claim?: DraftClaim) => string;
  duplicateDraft: (id: string) => string | null;
  deleteDraft: (id: string) => void;
  undoDeleteDraft: () => void;
  /** Forgets the last deleted draft (it can no longer be brought back). */
  forgetDeletedDraft: () => void;
  renameDraft: (id: string, name: string) => void;
  selectDraft: (id: string) => void;
  /** Replaces the active draft's claim as one undoable step (or merged with the last same-key edit). */
  updateClaim: (recipe: (claim: DraftClaim) => DraftClaim, key?: string | null) => void;
  setContext: (field: ContextField, value: string) => void;
  editVisit: (visitId: string, field: VisitField, value: string) => void;
  addVisit: () => string;
  insertVisit: (beforeIndex: number) => string;
  duplicateVisit: (visitId: string) => string | null;
  deleteVisit: (visitId: string) => void;
  appendVisits: (visits: Omit<DraftVisit, 'id'>[]) => void;
  /**
   * Sets the fields of each row on the visits from `startIndex` down, adding visits (as "Add
   * visit" does) when the rows run past the last; one undo step. Says how many visits were added
   * and how many non-empty values were changed.
   */
  fillVisitCells: (
    startIndex: number,
    rows: Partial<Record<VisitField, string>>[],
  ) => { added: number; replaced: number };
  setActivities: (visitId: string, activities: DraftActivity[], key?: string | null) => void;
  addItem: () => void;
  editItem: (itemId: string, field: ItemField, value: string) => void;
  deleteItem: (itemId: string) => void;
  setOccurrenceCodes: (entries: DraftCodeDate[], key?: string | null) => void;
  setOccurrenceSpanCodes: (entries: DraftCodeSpan[], key?: string | null) => void;
  setValueCodes: (entries: DraftCodeValue[], key?: string | null) => void;
  undo: () => void;
  redo: () => void;
  dismissSetAside: () => void;
  /** Back to one empty draft, history cleared (tests and "start over"). */
  reset: () => void;
}

export type ClaimStore = ClaimStoreState & ClaimStoreActions;

const emptyHistory: History = { past: [], future: [], lastKey: null };

export function initialClaimState(): ClaimStoreState {
  return {
    drafts: [{ id: 'd1', name: 'Draft 1', claim: emptyClaim() }],
    activeDraftId: 'd1',
    deleted: null,
    setAside: null,
    history: {},
  };
}

let setAsideOnLoad: SetAsideNotice | null = null;

/** How long a save waits for typing to pause, and the longest it waits while typing goes on. */
export const SAVE_DELAY_MS = 250;
export const SAVE_MAX_DELAY_MS = 1000;

let pendingSave: { name: string; value: StorageValue<PersistedState> } | null = null;
let saveTimer: ReturnType<typeof setTimeout> | null = null;
let firstPendingAt = 0;

function cancelPendingSave(): void {
  if (saveTimer !== null) clearTimeout(saveTimer);
  saveTimer = null;
  pendingSave = null;
}

/**
 * Writes the latest state to localStorage now, if a save is pending. Saves are scheduled off the
 * keystroke's task (serialising a 300-visit claim on every keystroke costs a frame) and flushed
 * when the page is hidden or left, so no edit is lost on reload, close or tab switch.
 */
export function flushClaimStorage(): void {
  const save = pendingSave;
  cancelPendingSave();
  if (!save) return;
  try {
    localStorage.setItem(save.name, JSON.stringify(save.value));
    reportSaveSuccess();
  } catch (error) {
    // The edit stays in memory and on screen; the notice asks the coder to export it.
    reportSaveFailure(error);
  }
}

if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushClaimStorage);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushClaimStorage();
  });
}

/** localStorage through the restore step; unreadable data is set aside, not overwritten. */
const claimStorage: PersistStorage<PersistedState> = {
  getItem(name): StorageValue<PersistedState> | null {
    // Reading replaces the state, so a save of the state being replaced must not land after it.
    cancelPendingSave();
    const raw = localStorage.getItem(name);
    const outcome = restoreStored(raw);
    if (outcome.ok) return outcome.state ? { state: outcome.state, version: STORE_VERSION } : null;
    if (raw === null) return null;
    const key = setAsideStored(localStorage, raw);
    setAsideOnLoad = { key, reason: outcome.reason };
    const fresh = initialClaimState();
    return {
      state: {
        drafts: fresh.drafts,
        activeDraftId: fresh.activeDraftId,
        deleted: null,
        setAside: setAsideOnLoad,
      },
      version: STORE_VERSION,
    };
  },
  setItem(name, value) {
    const now = Date.now();
    if (pendingSave === null) firstPendingAt = now;
    pendingSave = { name, value };
    if (saveTimer !== null) clearTimeout(saveTimer);
    const wait = Math.min(SAVE_DELAY_MS, Math.max(0, firstPendingAt + SAVE_MAX_DELAY_MS - now));
    saveTimer = setTimeout(flushClaimStorage, wait);
  },
  removeItem(name) {
    cancelPendingSave();
    localStorage.removeItem(name);
  },
};

function activeDraft(state: ClaimStoreState): Draft | undefined {
  return state.drafts.find((draft) => draft.id === state.activeDraftId);
}

function withVisits(claim: DraftClaim, visits: DraftVisit[]): DraftClaim {
  return { ...claim, visits };
}

function mapVisit(
  claim: DraftClaim,
  visitId: string,
  change: (visit: DraftVisit) => DraftVisit,
): DraftClaim {
  return withVisits(
    claim,
    claim.visits.map((visit) => (visit.id === visitId ? change(visit) : visit)),
  );
}

/** A new visit copies the date, discipline and credential of the visit before it. */
function visitAfter(previous: DraftVisit | undefined, id: string, claim: DraftClaim): DraftVisit {
  return blankVisit(id, {
    date: previous?.date ?? claim.from,
    discipline: previous?.discipline ?? 'SN',
    credential: previous?.credential ?? 'RN',
  });
}

export const useClaimStore = create<ClaimStore>()(
  persist(
    (set, get) => {
      function commit(next: DraftClaim, key: string | null): void {
        set((state) => {
          const draft = activeDraft(state);
          if (!draft || draft.claim === next) return state;
          const history = state.history[draft.id] ?? emptyHistory;
          const merge = key !== null && history.lastKey === key;
          const past = merge ? history.past : [...history.past, draft.claim].slice(-HISTORY_LIMIT);
          return {
            drafts: state.drafts.map((d) => (d.id === draft.id ? { ...d, claim: next } : d)),
            history: { ...state.history, [draft.id]: { past, future: [], lastKey: key } },
          };
        });
      }

      function update(recipe: (claim: DraftClaim) => DraftClaim, key: string | null = null): void {
        const draft = activeDraft(get());
        if (draft) commit(recipe(draft.claim), key);
      }

      function visitIds(): string[] {
        return activeDraft(get())?.claim.visits.map((visit) => visit.id) ?? [];
      }

      function addDraft(name: string, claim: DraftClaim, at?: number): string {
        const id = nextId(
          'd',
          get().drafts.map((draft) => draft.id),
        );
        set((state) => {
          const drafts = [...state.drafts];
          drafts.splice(at ?? drafts.length, 0, { id, name, claim });
          return { drafts, activeDraftId: id };
        });
        return id;
      }

      return {
        ...initialClaimState(),

        createDraft: (name, claim) =>
          addDraft(name ?? nextId('Draft ', draftNames(get().drafts)), claim ?? emptyClaim()),

        duplicateDraft: (id) => {
          const state = get();
          const index = state.drafts.findIndex((draft) => draft.id === id);
          const source = state.drafts[index];
          if (!source) return null;
          return addDraft(`${source.name} (copy)`, source.claim, index + 1);
        },

        deleteDraft: (id) =>
          set((state) => {
            const index = state.drafts.findIndex((draft) => draft.id === id);
            const draft = state.drafts[index];
            if (!draft) return state;
            let drafts = state.drafts.filter((d) => d.id !== id);
            if (drafts.length === 0)
              drafts = [{ id: nextId('d', [id]), name: 'Draft 1', claim: emptyClaim() }];
            const activeDraftId =
              state.activeDraftId === id
                ? (drafts[Math.min(index, drafts.length - 1)]?.id ?? '')
                : state.activeDraftId;
            return { drafts, activeDraftId, deleted: { draft, index } };
          }),

        undoDeleteDraft: () =>
          set((state) => {
            if (!state.deleted) return state;
            const { draft, index } = state.deleted;
            const taken = state.drafts.some((d) => d.id === draft.id);
            const restored = taken
              ? {
                  ...draft,
                  id: nextId(
                    'd',
                    state.drafts.map((d) => d.id),
                  ),
                }
              : draft;
            const drafts = [...state.drafts];
            drafts.splice(Math.min(index, drafts.length), 0, restored);
            return { drafts, activeDraftId: restored.id, deleted: null };
          }),

        forgetDeletedDraft: () => set({ deleted: null }),

        renameDraft: (id, name) =>
          set((state) => ({
            drafts: state.drafts.map((draft) => (draft.id === id ? { ...draft, name } : draft)),
          })),

        selectDraft: (id) =>
          set((state) =>
            state.drafts.some((draft) => draft.id === id) ? { activeDraftId: id } : state,
          ),

        updateClaim: (recipe, key = null) => update(recipe, key),

        setContext: (field, value) =>
          update((claim) => ({ ...claim, [field]: value }), `context:${field}`),

        editVisit: (visitId, field, value) =>
          update(
            (claim) => mapVisit(claim, visitId, (visit) => ({ ...visit, [field]: value })),
            `visit:${visitId}:${field}`,
          ),

        addVisit: () => {
          const id = nextId('V', visitIds());
          update((claim) =>
            withVisits(claim, [...claim.visits, visitAfter(claim.visits.at(-1), id, claim)]),
          );
          return id;
        },

        insertVisit: (beforeIndex) => {
          const id = nextId('V', visitIds());
          update((claim) => {
            const visits = [...claim.visits];
            const at = Math.max(0, Math.min(beforeIndex, visits.length));
            visits.splice(at, 0, visitAfter(visits[at - 1] ?? visits[at], id, claim));
            return withVisits(claim, visits);
          });
          return id;
        },

        duplicateVisit: (visitId) => {
          const claim = activeDraft(get())?.claim;
          const index = claim?.visits.findIndex((visit) => visit.id === visitId) ?? -1;
          const source = claim?.visits[index];
          if (!claim || !source) return null;
          const id = nextId('V', visitIds());
          update((current) => {
            const visits = [...current.visits];
            visits.splice(index + 1, 0, { ...source, id });
            return withVisits(current, visits);
          });
          return id;
        },

        deleteVisit: (visitId) =>
          update((claim) =>
            withVisits(
              claim,
              claim.visits.filter((visit) => visit.id !== visitId),
            ),
          ),

        appendVisits: (visits) =>
          update((claim) => {
            const taken = claim.visits.map((visit) => visit.id);
            const added = visits.map((fields) => {
              const id = nextId('V', taken);
              taken.push(id);
              return blankVisit(id, fields);
            });
            return withVisits(claim, [...claim.visits, ...added]);
          }),

        fillVisitCells: (startIndex, rows) => {
          let added = 0;
          let replaced = 0;
          update((claim) => {
            const visits = [...claim.visits];
            const taken = visits.map((visit) => visit.id);
            rows.forEach((values, offset) => {
              const at = startIndex + offset;
              const existing = visits[at];
              let visit = existing;
              if (!visit) {
                const id = nextId('V', taken);
                taken.push(id);
                visit = visitAfter(visits.at(-1), id, claim);
                added += 1;
              }
              const next: DraftVisit = { ...visit, ...values };
              if (existing)
                replaced += visitFieldKeys.filter(
                  (field) => existing[field] !== '' && existing[field] !== next[field],
                ).length;
              visits[Math.min(at, visits.length)] = next;
            });
            return withVisits(claim, visits);
          });
          return { added, replaced };
        },

        setActivities: (visitId, activities, key = null) =>
          update((claim) => mapVisit(claim, visitId, (visit) => ({ ...visit, activities })), key),

        addItem: () =>
          update((claim) => ({
            ...claim,
            items: [
              ...claim.items,
              blankItem(
                nextId(
                  'S',
                  claim.items.map((item) => item.id),
                ),
              ),
            ],
          })),

        editItem: (itemId, field, value) =>
          update(
            (claim) => ({
              ...claim,
              items: claim.items.map((item) =>
                item.id === itemId ? { ...item, [field]: value } : item,
              ),
            }),
            `item:${itemId}:${field}`,
          ),

        deleteItem: (itemId) =>
          update((claim) => ({
            ...claim,
            items: claim.items.filter((item) => item.id !== itemId),
          })),

        setOccurrenceCodes: (entries, key = null) =>
          update((claim) => ({ ...claim, occurrenceCodes: entries }), key),

        setOccurrenceSpanCodes: (entries, key = null) =>
          update((claim) => ({ ...claim, occurrenceSpanCodes: entries }), key),

        setValueCodes: (entries, key = null) =>
          update((claim) => ({ ...claim, valueCodes: entries }), key),

        undo: () =>
          set((state) => {
            const draft = activeDraft(state);
            const history = draft ? state.history[draft.id] : undefined;
            const previous = history?.past.at(-1);
            if (!draft || !history || !previous) return state;
            return {
              drafts: state.drafts.map((d) => (d.id === draft.id ? { ...d, claim: previous } : d)),
              history: {
                ...state.history,
                [draft.id]: {
                  past: history.past.slice(0, -1),
                  future: [draft.claim, ...history.future],
                  lastKey: null,
                },
              },
            };
          }),

        redo: () =>
          set((state) => {
            const draft = activeDraft(state);
            const history = draft ? state.history[draft.id] : undefined;
            const next = history?.future[0];
            if (!draft || !history || !next) return state;
            return {
              drafts: state.drafts.map((d) => (d.id === draft.id ? { ...d, claim: next } : d)),
              history: {
                ...state.history,
                [draft.id]: {
                  past: [...history.past, draft.claim],
                  future: history.future.slice(1),
                  lastKey: null,
                },
              },
            };
          }),

        dismissSetAside: () => set({ setAside: null }),

        reset: () => set(initialClaimState()),
      };
    },
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      storage: claimStorage,
      migrate: (state, version) => migrateStored(state, version) as PersistedState,
      partialize: (state): PersistedState => ({
        drafts: state.drafts,
        activeDraftId: state.activeDraftId,
        deleted: state.deleted,
        setAside: state.setAside,
      }),
    },
  ),
);

function draftNames(drafts: Draft[]): string[] {
  return drafts.map((draft) => draft.name);
}

// ---- Selectors (atomic; components pick exactly what they render) ----

export const selectActiveDraft = (state: ClaimStore): Draft | undefined => activeDraft(state);
export const selectActiveClaim = (state: ClaimStore): DraftClaim =>
  activeDraft(state)?.claim ?? fallbackClaim;
export const selectCanUndo = (state: ClaimStore): boolean =>
  (state.history[state.activeDraftId]?.past.length ?? 0) > 0;
export const selectCanRedo = (state: ClaimStore): boolean =>
  (state.history[state.activeDraftId]?.future.length ?? 0) > 0;

const fallbackClaim = emptyClaim();

/** The store's actions, stable across renders; safe to call from any feature. */
export const claimActions = (): ClaimStoreActions => useClaimStore.getState();
