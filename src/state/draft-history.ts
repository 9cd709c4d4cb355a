// Undo and redo for each draft, as pure functions over the drafts and their histories. Kept in
// memory only: 200 snapshots of a 300-visit claim would risk the browser's storage quota.
import type { DraftClaim } from './draft-claim.ts';
import type { Draft } from './draft-list.ts';

export const HISTORY_LIMIT = 200;

export interface History {
  past: DraftClaim[];
  future: DraftClaim[];
  /** Consecutive edits with the same key (typing in one cell) make one undo step. */
  lastKey: string | null;
}

export interface EditState {
  drafts: Draft[];
  activeDraftId: string;
  history: Record<string, History>;
}

const emptyHistory: History = { past: [], future: [], lastKey: null };

export function activeDraftOf(state: Pick<EditState, 'drafts' | 'activeDraftId'>) {
  return state.drafts.find((draft) => draft.id === state.activeDraftId);
}

function withClaim(drafts: readonly Draft[], id: string, claim: DraftClaim): Draft[] {
  return drafts.map((d) => (d.id === id ? { ...d, claim } : d));
}

/** The active draft's claim replaced by `next`, as one undo step or merged with the last. */
export function commitClaim(
  state: EditState,
  next: DraftClaim,
  key: string | null,
): Pick<EditState, 'drafts' | 'history'> | null {
  const draft = activeDraftOf(state);
  if (!draft || draft.claim === next) return null;
  const history = state.history[draft.id] ?? emptyHistory;
  const merge = key !== null && history.lastKey === key;
  const past = merge ? history.past : [...history.past, draft.claim].slice(-HISTORY_LIMIT);
  return {
    drafts: withClaim(state.drafts, draft.id, next),
    history: { ...state.history, [draft.id]: { past, future: [], lastKey: key } },
  };
}

export function undoClaim(state: EditState): Pick<EditState, 'drafts' | 'history'> | null {
  const draft = activeDraftOf(state);
  const history = draft ? state.history[draft.id] : undefined;
  const previous = history?.past.at(-1);
  if (!draft || !history || !previous) return null;
  return {
    drafts: withClaim(state.drafts, draft.id, previous),
    history: {
      ...state.history,
      [draft.id]: {
        past: history.past.slice(0, -1),
        future: [draft.claim, ...history.future],
        lastKey: null,
      },
    },
  };
}

export function redoClaim(state: EditState): Pick<EditState, 'drafts' | 'history'> | null {
  const draft = activeDraftOf(state);
  const history = draft ? state.history[draft.id] : undefined;
  const next = history?.future[0];
  if (!draft || !history || !next) return null;
  return {
    drafts: withClaim(state.drafts, draft.id, next),
    history: {
      ...state.history,
      [draft.id]: {
        past: [...history.past, draft.claim],
        future: history.future.slice(1),
        lastKey: null,
      },
    },
  };
}

/**
 * A draft changed in another tab: what this tab showed becomes an undo step, so Undo goes back
 * to it (and is saved as an edit like any other).
 */
export function recordOutsideChange(history: History | undefined, shown: DraftClaim): History {
  return {
    past: [...(history?.past ?? []), shown].slice(-HISTORY_LIMIT),
    future: [],
    lastKey: null,
  };
}
