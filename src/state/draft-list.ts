// The list of named drafts as pure functions: create, duplicate, delete and bring back, rename,
// select. Each draft has a position, so tabs that add drafts at the same time agree on the order.
// New ids come from the caller (the store makes ids no other tab makes).
import { emptyClaim, type DraftClaim } from './draft-claim.ts';
import { nextDraftName, uniqueDraftName } from './draft-names.ts';

export interface Draft {
  id: string;
  name: string;
  /** Drafts are listed by position (then id); a new draft goes after the last. */
  position: number;
  claim: DraftClaim;
}

export interface DeletedDraft {
  draft: Draft;
  /** The empty draft made because this was the last one; it makes way if the delete is undone. */
  placeholder: Draft | null;
}

export interface DraftListState {
  drafts: Draft[];
  activeDraftId: string;
  /** The last deleted draft, until its delete is undone or forgotten (this tab only). */
  deleted: DeletedDraft | null;
  /**
   * The empty draft the app made so the list is never empty. It is not saved until it is
   * edited, gives way when another tab's drafts arrive, and goes when a delete is undone.
   */
  placeholder: Draft | null;
}

export function byPosition(a: Draft, b: Draft): number {
  return a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The drafts with `draft` in its place by position (replacing a draft with its id). */
export function placeDraft(drafts: readonly Draft[], draft: Draft): Draft[] {
  const others = drafts.filter((d) => d.id !== draft.id);
  const at = others.findIndex((d) => byPosition(draft, d) < 0);
  others.splice(at === -1 ? others.length : at, 0, draft);
  return others;
}

function endPosition(drafts: readonly Draft[]): number {
  return Math.floor(drafts.reduce((highest, d) => Math.max(highest, d.position), 0)) + 1;
}

/** A position just after `index` and before the draft that follows it. */
function positionAfter(drafts: readonly Draft[], index: number): number {
  const before = drafts[index]?.position ?? 0;
  const after = drafts[index + 1]?.position;
  return after === undefined ? Math.floor(before) + 1 : (before + after) / 2;
}

/** A position just after the draft `id` and before the draft that follows it. */
export function positionAfterDraft(drafts: readonly Draft[], id: string): number {
  return positionAfter(
    drafts,
    drafts.findIndex((draft) => draft.id === id),
  );
}

/** A draft id no other tab makes: ids are compared across tabs, so "d3" would not do. */
export function newDraftId(token: () => string): string {
  return `d-${token()}`;
}

export function placeholderDraft(id: string, takenNames: Iterable<string> = []): Draft {
  return { id, name: nextDraftName(takenNames), position: 1, claim: emptyClaim() };
}

export function freshDraftList(id: string): DraftListState {
  const placeholder = placeholderDraft(id);
  return { drafts: [placeholder], activeDraftId: id, deleted: null, placeholder };
}

const names = (drafts: readonly Draft[]) => drafts.map((draft) => draft.name);

/** Adds a draft after the last one and makes it active; a name the app chose is made unique. */
export function createDraft(
  state: DraftListState,
  id: string,
  name: string | undefined,
  claim: DraftClaim,
): Pick<DraftListState, 'drafts' | 'activeDraftId'> {
  const draft: Draft = {
    id,
    name:
      name === undefined
        ? nextDraftName(names(state.drafts))
        : uniqueDraftName(name, names(state.drafts)),
    position: endPosition(state.drafts),
    claim,
  };
  return { drafts: placeDraft(state.drafts, draft), activeDraftId: id };
}

export function duplicateDraft(
  state: DraftListState,
  sourceId: string,
  id: string,
): Pick<DraftListState, 'drafts' | 'activeDraftId'> | null {
  const index = state.drafts.findIndex((draft) => draft.id === sourceId);
  const source = state.drafts[index];
  if (!source) return null;
  const copy: Draft = {
    id,
    name: uniqueDraftName(`${source.name} (copy)`, names(state.drafts)),
    position: positionAfter(state.drafts, index),
    claim: source.claim,
  };
  return { drafts: placeDraft(state.drafts, copy), activeDraftId: id };
}

/**
 * Removes a draft, remembering it so the delete can be undone. Deleting the last draft leaves a
 * placeholder, named apart from the deleted draft ("Draft 2" after "Draft 1").
 */
export function deleteDraft(
  state: DraftListState,
  draftId: string,
  placeholderId: string,
): Partial<DraftListState> | null {
  const index = state.drafts.findIndex((d) => d.id === draftId);
  const draft = state.drafts[index];
  if (!draft) return null;
  let drafts = state.drafts.filter((d) => d.id !== draftId);
  const made = drafts.length === 0 ? placeholderDraft(placeholderId, [draft.name]) : null;
  if (made) drafts = [made];
  const activeDraftId =
    state.activeDraftId === draftId
      ? (drafts[Math.min(index, drafts.length - 1)]?.id ?? '')
      : state.activeDraftId;
  return {
    drafts,
    activeDraftId,
    deleted: { draft, placeholder: made },
    placeholder: made ?? state.placeholder,
  };
}

/** Brings the last deleted draft back where it was; an untouched placeholder makes way for it. */
export function undoDeleteDraft(
  state: DraftListState,
  freeId: string,
): Partial<DraftListState> | null {
  if (!state.deleted) return null;
  const { draft, placeholder } = state.deleted;
  let drafts = state.drafts.filter((d) => d !== placeholder);
  const restored = drafts.some((d) => d.id === draft.id) ? { ...draft, id: freeId } : draft;
  drafts = placeDraft(drafts, restored);
  return {
    drafts,
    activeDraftId: restored.id,
    deleted: null,
    placeholder: state.placeholder === placeholder ? null : state.placeholder,
  };
}

export function renameDraft(drafts: readonly Draft[], id: string, name: string): Draft[] {
  return drafts.map((draft) => (draft.id === id ? { ...draft, name } : draft));
}

/** The active draft after `drafts` changed under it: the same one, else the one in its place. */
export function keepActive(
  before: readonly Draft[],
  after: readonly Draft[],
  activeDraftId: string,
): string {
  if (after.some((draft) => draft.id === activeDraftId)) return activeDraftId;
  const index = Math.max(
    0,
    before.findIndex((draft) => draft.id === activeDraftId),
  );
  return after[Math.min(index, after.length - 1)]?.id ?? '';
}
