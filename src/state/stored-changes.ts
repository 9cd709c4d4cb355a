// What a save or another tab's change asks of this tab's drafts, and those changes applied (pure):
// drafts another tab saved replace or join this tab's, deleted ones go, and a delete of all
// saved data empties it.
import { recordOutsideChange, type History } from './draft-history.ts';
import {
  freshDraftList,
  keepActive,
  placeDraft,
  placeholderDraft,
  type Draft,
  type DraftListState,
} from './draft-list.ts';
import type { StorageNotice } from './storage-status.ts';

/** What the store must change after a save or another tab's change. */
export interface StorageChanges {
  /** All saved data was deleted in another tab: drop everything (before the upserts). */
  wipe: boolean;
  /** Drafts as stored, to show (by id; new ones by position). */
  upsert: Draft[];
  /** Drafts deleted in another tab. */
  remove: string[];
  /** This tab's version of a draft kept under a new id (`to`): the tab follows it there. */
  moved: { from: string; to: string }[];
  notices: StorageNotice[];
  /** Why a save failed; null when every write succeeded; undefined when nothing was written. */
  saveFailure?: string | null;
  /** Something in memory still needs saving. */
  saveSoon: boolean;
}

/** Nothing to change. */
export function noChanges(): StorageChanges {
  return { wipe: false, upsert: [], remove: [], moved: [], notices: [], saveSoon: false };
}

export interface SyncedState extends DraftListState {
  history: Record<string, History>;
}

export function applyStorageChanges(
  state: SyncedState,
  changes: StorageChanges,
  newId: () => string,
): Partial<SyncedState> | null {
  if (!changes.wipe && changes.upsert.length === 0 && changes.remove.length === 0) return null;
  let activeDraftId = state.activeDraftId;
  const start: SyncedState = changes.wipe ? { ...freshDraftList(newId()), history: {} } : state;
  const removed = new Set(changes.remove);
  let drafts = start.drafts.filter((draft) => !removed.has(draft.id));
  const history = { ...start.history };
  // This tab's own version, kept as a copy: its undo history, and the coder, go with it.
  for (const { from, to } of changes.moved) {
    const moved = history[from];
    if (moved) history[to] = moved;
    delete history[from];
    if (activeDraftId === from) activeDraftId = to;
  }
  for (const draft of changes.upsert) {
    const shown = drafts.find((d) => d.id === draft.id);
    if (shown && shown.claim !== draft.claim)
      history[draft.id] = recordOutsideChange(history[draft.id], shown.claim);
    drafts = placeDraft(drafts, draft);
  }
  let placeholder = start.placeholder;
  // The untouched empty draft gives way to drafts another tab saved.
  if (placeholder && drafts.length > 1 && drafts.includes(placeholder)) {
    drafts = drafts.filter((draft) => draft !== placeholder);
    placeholder = null;
  }
  if (drafts.length === 0) {
    placeholder = placeholderDraft(newId());
    drafts = [placeholder];
  }
  return {
    drafts,
    placeholder,
    history,
    deleted: changes.wipe ? null : start.deleted,
    activeDraftId: keepActive(
      state.drafts,
      drafts,
      changes.wipe ? start.activeDraftId : activeDraftId,
    ),
  };
}
