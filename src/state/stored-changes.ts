// A save's or another tab's changes applied to this tab's drafts (pure): drafts another tab
// saved replace or join this tab's, deleted ones go, and a delete of all saved data empties it.
import { recordOutsideChange, type History } from './draft-history.ts';
import {
  freshDraftList,
  keepActive,
  placeDraft,
  placeholderDraft,
  type DraftListState,
} from './draft-list.ts';
import type { StorageChanges } from './claim-storage.ts';

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
