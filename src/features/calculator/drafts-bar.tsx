// Named drafts (new, duplicate, rename, delete with undo) and undo/redo for the active draft.
import { useShallow } from 'zustand/react/shallow';
import {
  claimActions,
  selectActiveDraft,
  selectCanRedo,
  selectCanUndo,
  useClaimStore,
} from '../../state/claim-store.ts';
import { keepFocusThrough } from './row-focus.ts';

/** How a draft is named on screen: its name, or a stand-in while the name is empty. */
function draftDisplayName(name: string): string {
  return name.trim() === '' ? 'Untitled draft' : name;
}

export function DraftsBar() {
  const drafts = useClaimStore(
    useShallow((state) => state.drafts.map((draft) => `${draft.id}\u0000${draft.name}`)),
  );
  const activeId = useClaimStore((state) => state.activeDraftId);
  const activeName = useClaimStore((state) => selectActiveDraft(state)?.name ?? '');
  const deletedName = useClaimStore((state) => state.deleted?.draft.name ?? null);
  const canUndo = useClaimStore(selectCanUndo);
  const canRedo = useClaimStore(selectCanRedo);
  return (
    <section className="drafts-bar" aria-label="Drafts">
      <div className="field">
        <label htmlFor="draft-select">Draft</label>
        <select
          id="draft-select"
          value={activeId}
          onChange={(event) => claimActions().selectDraft(event.target.value)}
        >
          {drafts.map((entry) => {
            const [id = '', name = ''] = entry.split('\u0000');
            return (
              <option key={id} value={id}>
                {draftDisplayName(name)}
              </option>
            );
          })}
        </select>
      </div>
      <div className="field">
        <label htmlFor="draft-name">Draft name</label>
        <input
          id="draft-name"
          type="text"
          autoComplete="off"
          value={activeName}
          onChange={(event) => claimActions().renameDraft(activeId, event.target.value)}
        />
      </div>
      <div className="button-group">
        <button type="button" onClick={() => claimActions().createDraft()}>
          New draft
        </button>
        <button type="button" onClick={() => claimActions().duplicateDraft(activeId)}>
          Duplicate draft
        </button>
        <button type="button" onClick={() => claimActions().deleteDraft(activeId)}>
          Delete draft
        </button>
      </div>
      <div className="button-group">
        <button
          type="button"
          id="undo-button"
          aria-keyshortcuts="Control+Z"
          disabled={!canUndo}
          onClick={() => keepFocusThrough(() => claimActions().undo(), ['redo-button'])}
        >
          Undo
        </button>
        <button
          type="button"
          id="redo-button"
          aria-keyshortcuts="Control+Shift+Z"
          disabled={!canRedo}
          onClick={() => keepFocusThrough(() => claimActions().redo(), ['undo-button'])}
        >
          Redo
        </button>
      </div>
      {deletedName !== null ? (
        <p className="deleted-notice" role="status">
          Deleted “{draftDisplayName(deletedName)}”.{' '}
          <button type="button" onClick={() => claimActions().undoDeleteDraft()}>
            Undo delete
          </button>{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => claimActions().forgetDeletedDraft()}
          >
            Dismiss
          </button>
        </p>
      ) : null}
    </section>
  );
}
