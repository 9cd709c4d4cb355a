// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createClaimStore } from '../../src/state/claim-store.ts';
import { emptyClaim, idAllocator, nextId } from '../../src/state/draft-claim.ts';
import { nextDraftName, uniqueDraftName } from '../../src/state/draft-names.ts';

function newStore() {
  let n = 0;
  return createClaimStore({ newDraftId: () => `d-${(n += 1)}` });
}

const names = (store: ReturnType<typeof newStore>) =>
  store.getState().drafts.map((draft) => draft.name);

describe('drafts', () => {
  it('brings the original draft back when deleting the last one is undone, not a second "Draft 1"', () => {
    const store = newStore();
    const first = store.getState().activeDraftId;
    store.getState().setContext('hipps', '1FC21');
    store.getState().deleteDraft(first);
    expect(names(store)).toEqual(['Draft 2']);
    store.getState().undoDeleteDraft();
    expect(names(store)).toEqual(['Draft 1']);
    expect(store.getState().activeDraftId).toBe(first);
    expect(store.getState().drafts[0]?.claim.hipps).toBe('1FC21');
  });

  it('keeps the empty draft made after a delete once it is edited, beside the one brought back', () => {
    const store = newStore();
    store.getState().deleteDraft(store.getState().activeDraftId);
    store.getState().addVisit();
    store.getState().undoDeleteDraft();
    expect(names(store)).toEqual(['Draft 1', 'Draft 2']);
  });

  it('keeps the first empty draft when another draft is deleted and brought back', () => {
    const store = newStore();
    const b = store.getState().createDraft('B');
    store.getState().deleteDraft(b);
    store.getState().undoDeleteDraft();
    expect(names(store)).toEqual(['Draft 1', 'B']);
  });

  it.each([
    [
      'a new draft',
      (store: ReturnType<typeof newStore>) => store.getState().createDraft(),
      'Draft 2',
    ],
    [
      'a second claim file named Jones',
      (store: ReturnType<typeof newStore>) => {
        store.getState().createDraft('Jones', emptyClaim());
        return store.getState().createDraft('Jones', emptyClaim());
      },
      'Jones (2)',
    ],
    [
      'a duplicate',
      (store: ReturnType<typeof newStore>) =>
        store.getState().duplicateDraft(store.getState().activeDraftId) ?? '',
      'Draft 1 (copy)',
    ],
  ])('names %s apart from the others', (_, make, expected) => {
    const store = newStore();
    const id = make(store);
    expect(store.getState().drafts.find((draft) => draft.id === id)?.name).toBe(expected);
    expect(new Set(names(store)).size).toBe(names(store).length);
  });

  it('places a duplicate right after its source', () => {
    const store = newStore();
    const first = store.getState().activeDraftId;
    store.getState().createDraft('B');
    store.getState().duplicateDraft(first);
    expect(names(store)).toEqual(['Draft 1', 'Draft 1 (copy)', 'B']);
  });
});

describe('draft names', () => {
  it.each([
    [[], 'Draft 1'],
    [['Draft 1'], 'Draft 2'],
    [['Draft 9', 'Draft 10', 'Jones'], 'Draft 11'],
    [['Draft 1 (copy)'], 'Draft 1'],
  ])('after %j the next is %s', (taken, expected) => {
    expect(nextDraftName(taken)).toBe(expected);
  });

  it.each([
    ['Jones', [], 'Jones'],
    ['Jones', ['Jones'], 'Jones (2)'],
    ['Jones', ['Jones', 'Jones (2)'], 'Jones (3)'],
  ])('%s among %j is %s', (wanted, taken, expected) => {
    expect(uniqueDraftName(wanted, taken)).toBe(expected);
  });
});

describe('nextId', () => {
  it.each([
    [[], 'V1'],
    [['V1', 'V2'], 'V3'],
    [['V9', 'V10'], 'V11'],
    [['V2', 'X7', 'V', 'V1a'], 'V3'],
  ])('after %j gives %s', (taken, expected) => {
    expect(nextId('V', taken)).toBe(expected);
  });

  it('hands out thousands of ids in one pass, each after the highest taken', () => {
    const ids = idAllocator('V', ['V3', 'V12']);
    const made = Array.from({ length: 8000 }, () => ids.next());
    expect(made[0]).toBe('V13');
    expect(made.at(-1)).toBe('V8012');
    ids.see('V9000');
    expect(ids.next()).toBe('V9001');
  });
});
