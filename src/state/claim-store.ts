// The one store: named drafts of raw claim inputs, the active draft, and per-draft undo/redo.
// Only inputs live here; engine results are derived in the views with useMemo. The edits are
// pure functions (draft-edits.ts, draft-history.ts, draft-list.ts); saving, and keeping every
// open tab in step, is claim-storage.ts's, wired up in tab-sync.ts.
//
// What is kept where:
//   drafts                  → localStorage, one key per draft, written when typing pauses (at most
//                             a second) and when the page is hidden or left; every other tab
//                             takes the change in on the storage event
//   the active draft        → sessionStorage for this tab (localStorage for the next new tab)
//   history, the last deleted draft, the placeholder → memory only. 200 snapshots of a
//                             300-visit claim would risk the ~5 MB localStorage quota
import { create } from 'zustand';
import {
  emptyClaim,
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
import { useChargeList } from './charge-list.ts';
import * as edits from './draft-edits.ts';
import { activeDraftOf, commitClaim, redoClaim, undoClaim, type History } from './draft-history.ts';
import * as list from './draft-list.ts';
import { newDraftId, type Draft, type DraftListState } from './draft-list.ts';
import { applyStorageChanges } from './stored-changes.ts';
import type { StorageChanges } from './stored-changes.ts';
import { openBrowserStorage, randomToken } from './browser-storage.ts';
import { connectClaimStorage, type ClaimStorageControl } from './tab-sync.ts';

export { HISTORY_LIMIT } from './draft-history.ts';
export { SAVE_MAX_DELAY_MS } from './tab-sync.ts';
export type { Draft } from './draft-list.ts';

export interface ClaimStoreState extends DraftListState {
  history: Record<string, History>;
}

export interface ClaimStoreActions {
  /**
   * Opens `claim` (or an empty claim) as a new draft, makes it active, and returns its id. A
   * name already in use gets a number ("Jones (2)"); without a name it is the next "Draft n".
   */
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
  /** Takes in what a save or another tab changed (claim-storage.ts). */
  applyStorageChanges: (changes: StorageChanges) => void;
  /** Back to one empty draft, history cleared ("Delete all saved data", and tests). */
  reset: () => void;
}

export type ClaimStore = ClaimStoreState & ClaimStoreActions;

export interface ClaimStoreDeps {
  /** A draft id no other tab makes. */
  newDraftId: () => string;
  /** The drafts a page starts with (read from storage). */
  initial?: Pick<ClaimStoreState, 'drafts' | 'activeDraftId'>;
  /** Called by reset, after the state is back to one empty draft. */
  onReset?: () => void;
}

function startingState(deps: ClaimStoreDeps): ClaimStoreState {
  const initial = deps.initial;
  if (!initial || initial.drafts.length === 0)
    return { ...list.freshDraftList(deps.newDraftId()), history: {} };
  const drafts = [...initial.drafts].sort(list.byPosition);
  const activeDraftId = drafts.some((draft) => draft.id === initial.activeDraftId)
    ? initial.activeDraftId
    : (drafts[0]?.id ?? '');
  return { drafts, activeDraftId, deleted: null, placeholder: null, history: {} };
}

export function createClaimStore(deps: ClaimStoreDeps) {
  return create<ClaimStore>()((set, get) => {
    function commit(next: DraftClaim, key: string | null): void {
      set((state) => commitClaim(state, next, key) ?? state);
    }

    function update(recipe: (claim: DraftClaim) => DraftClaim, key: string | null = null): void {
      const draft = activeDraftOf(get());
      if (draft) commit(recipe(draft.claim), key);
    }

    const activeClaim = () => activeDraftOf(get())?.claim;

    return {
      ...startingState(deps),

      createDraft: (name, claim) => {
        const id = deps.newDraftId();
        set((state) => list.createDraft(state, id, name, claim ?? emptyClaim()));
        return id;
      },

      duplicateDraft: (sourceId) => {
        const id = deps.newDraftId();
        const next = list.duplicateDraft(get(), sourceId, id);
        if (!next) return null;
        set(next);
        return id;
      },

      deleteDraft: (id) => set((state) => list.deleteDraft(state, id, deps.newDraftId()) ?? state),

      undoDeleteDraft: () =>
        set((state) => list.undoDeleteDraft(state, deps.newDraftId()) ?? state),

      forgetDeletedDraft: () => set({ deleted: null }),

      renameDraft: (id, name) =>
        set((state) => ({ drafts: list.renameDraft(state.drafts, id, name) })),

      selectDraft: (id) =>
        set((state) =>
          state.drafts.some((draft) => draft.id === id) ? { activeDraftId: id } : state,
        ),

      updateClaim: (recipe, key = null) => update(recipe, key),

      setContext: (field, value) =>
        update((claim) => ({ ...claim, [field]: value }), `context:${field}`),

      editVisit: (visitId, field, value) =>
        update(
          (claim) => edits.mapVisit(claim, visitId, (visit) => ({ ...visit, [field]: value })),
          `visit:${visitId}:${field}`,
        ),

      addVisit: () => {
        const claim = activeClaim();
        const id = claim ? edits.nextVisitId(claim) : 'V1';
        update((current) => edits.addVisit(current, id, useChargeList.getState().charges));
        return id;
      },

      insertVisit: (beforeIndex) => {
        const claim = activeClaim();
        const id = claim ? edits.nextVisitId(claim) : 'V1';
        update((current) =>
          edits.insertVisit(current, beforeIndex, id, useChargeList.getState().charges),
        );
        return id;
      },

      duplicateVisit: (visitId) => {
        const claim = activeClaim();
        if (!claim?.visits.some((visit) => visit.id === visitId)) return null;
        const id = edits.nextVisitId(claim);
        update((current) => edits.duplicateVisit(current, visitId, id));
        return id;
      },

      deleteVisit: (visitId) => update((claim) => edits.deleteVisit(claim, visitId)),

      appendVisits: (visits) =>
        update((claim) => edits.appendVisits(claim, visits, useChargeList.getState().charges)),

      fillVisitCells: (startIndex, rows) => {
        let counts = { added: 0, replaced: 0 };
        update((claim) => {
          const filled = edits.fillVisitCells(
            claim,
            startIndex,
            rows,
            useChargeList.getState().charges,
          );
          counts = { added: filled.added, replaced: filled.replaced };
          return filled.claim;
        });
        return counts;
      },

      setActivities: (visitId, activities, key = null) =>
        update(
          (claim) => edits.mapVisit(claim, visitId, (visit) => ({ ...visit, activities })),
          key,
        ),

      addItem: () => update(edits.addItem),

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

      undo: () => set((state) => undoClaim(state) ?? state),

      redo: () => set((state) => redoClaim(state) ?? state),

      applyStorageChanges: (changes) =>
        set((state) => applyStorageChanges(state, changes, deps.newDraftId) ?? state),

      reset: () => {
        set({ ...list.freshDraftList(deps.newDraftId()), history: {} });
        deps.onReset?.();
      },
    };
  });
}

export type ClaimStoreApi = ReturnType<typeof createClaimStore>;

// ---- Selectors (atomic; components pick exactly what they render) ----

export const selectActiveDraft = (state: ClaimStore): Draft | undefined => activeDraftOf(state);
export const selectActiveClaim = (state: ClaimStore): DraftClaim =>
  activeDraftOf(state)?.claim ?? fallbackClaim;
export const selectCanUndo = (state: ClaimStore): boolean =>
  (state.history[state.activeDraftId]?.past.length ?? 0) > 0;
export const selectCanRedo = (state: ClaimStore): boolean =>
  (state.history[state.activeDraftId]?.future.length ?? 0) > 0;

const fallbackClaim = emptyClaim();

// ---- The app's store, saved in this browser and kept in step with its other tabs ----

const browser = openBrowserStorage();

export const useClaimStore = createClaimStore({
  newDraftId: () => newDraftId(randomToken),
  initial: browser?.initial,
  onReset: () => claimStorage?.forget(),
});

export const claimStorage: ClaimStorageControl | null = browser
  ? connectClaimStorage(useClaimStore, browser.storage, browser.local, window)
  : null;

/** The store's actions, stable across renders; safe to call from any feature. */
export const claimActions = (): ClaimStoreActions => useClaimStore.getState();

/** Writes pending edits now (the page does so itself when hidden or left). */
export function flushClaimStorage(): void {
  claimStorage?.flush();
}

/** Deletes every draft and everything else the app saved in this browser, in every open tab. */
export function deleteAllClaimData(): void {
  claimStorage?.deleteAll();
  useClaimStore.getState().reset();
}

/** Opens each as a new draft; returns the names they were given (a taken name gets a number). */
export function openAsNewDrafts(drafts: readonly { name: string; claim: DraftClaim }[]): string[] {
  return drafts.map((draft) => {
    const id = useClaimStore.getState().createDraft(draft.name, draft.claim);
    return useClaimStore.getState().drafts.find((d) => d.id === id)?.name ?? draft.name;
  });
}
