// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  selectActiveClaim,
  selectActiveDraft,
  selectCanUndo,
} from '../../src/state/claim-store.ts';
import { DRAFT_KEY_PREFIX, EPOCH_KEY, draftKey } from '../../src/state/persisted.ts';
import { SharedStorage, openTab, steppingClock } from './shared-storage.ts';

function twoTabs() {
  const shared = new SharedStorage();
  const clock = steppingClock();
  return { shared, a: openTab(shared, 'a', clock), b: openTab(shared, 'b', clock), clock };
}

const storedNames = (shared: SharedStorage) =>
  [...shared.data.entries()]
    .filter(([key]) => key.startsWith(DRAFT_KEY_PREFIX))
    .map(([, value]) => JSON.parse(value) as { name?: string; deleted?: boolean })
    .filter((record) => !record.deleted)
    .map((record) => record.name)
    .sort();

describe('tabs of the app over one storage', () => {
  it('keeps a draft made in a tab that was closed when the open tab saves next', () => {
    const { shared, a } = twoTabs();
    a.store.getState().renameDraft(a.store.getState().activeDraftId, 'Smith');
    a.save();
    const b = openTab(shared, 'b2');
    b.store.getState().createDraft('Jones');
    b.save();
    b.close();

    a.store.getState().addVisit();
    a.save();
    a.deliver();
    expect(storedNames(shared)).toEqual(['Jones', 'Smith']);
    expect(a.names()).toEqual(['Smith', 'Jones']);
    expect(openTab(shared, 'reloaded').names()).toEqual(['Smith', 'Jones']);
  });

  it('shows another tab’s saved edit without a reload, and never writes the old copy back', () => {
    const { shared, a, b } = twoTabs();
    a.store.getState().renameDraft(a.store.getState().activeDraftId, 'Smith');
    a.save();
    b.deliver();
    expect(b.names()).toEqual(['Smith']);

    b.store.getState().addVisit();
    b.store.getState().editVisit('V1', 'minutes', '45');
    b.save();
    a.deliver();
    expect(selectActiveClaim(a.store.getState()).visits[0]?.minutes).toBe('45');

    // A's next save (of another draft) leaves B's edit in place.
    a.store.getState().createDraft('Jones');
    a.save();
    expect(selectActiveClaim(openTab(shared, 'c').store.getState()).visits[0]?.minutes).toBe('45');
  });

  it('merges edits of different drafts made in two open tabs', () => {
    const { shared, a, b } = twoTabs();
    a.store.getState().createDraft('Smith');
    a.save();
    b.deliver();
    b.store.getState().createDraft('Jones');
    // Both tabs edit before either hears of the other's save.
    a.store.getState().setContext('hipps', '1FC21');
    a.save();
    b.save();
    a.deliver();
    b.deliver();
    for (const tab of [a, b, openTab(shared, 'c')])
      expect(tab.names().filter((name) => !name.startsWith('Draft'))).toEqual(['Smith', 'Jones']);
  });

  it('keeps both versions of one draft changed in two tabs, the later under its name', () => {
    const { shared, a, b } = twoTabs();
    const id = a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    b.store.getState().selectDraft(id);
    a.store.getState().setContext('hipps', 'AAAAA');
    b.store.getState().setContext('hipps', 'BBBBB');
    a.save();
    b.save();
    a.deliver();
    b.deliver();

    // A's edit came first, so A's version is the copy; A goes on showing it, with its undo.
    const shownInA = selectActiveDraft(a.store.getState());
    expect([shownInA?.name, shownInA?.claim.hipps]).toEqual([
      expect.stringMatching(/from another tab/),
      'AAAAA',
    ]);
    expect(selectCanUndo(a.store.getState())).toBe(true);
    const copyName = expect.stringMatching(/^Jones \(from another tab, \d\d:\d\d\)$/);
    expect(storedNames(shared)).toEqual(['Jones', copyName]);
    const jones = JSON.parse(shared.data.get(draftKey(id)) ?? '{}') as { claim: { hipps: string } };
    expect(jones.claim.hipps).toBe('BBBBB');
    for (const tab of [a, b]) {
      const hipps = tab.store.getState().drafts.map((draft) => [draft.name, draft.claim.hipps]);
      expect(hipps).toEqual(
        expect.arrayContaining([
          ['Jones', 'BBBBB'],
          [copyName, 'AAAAA'],
        ]),
      );
    }
  });

  it('keeps a tab’s write that another tab overwrote without having seen it', () => {
    const { shared, a, b } = twoTabs();
    const id = a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    b.store.getState().selectDraft(id);
    a.store.getState().setContext('hipps', 'AAAAA');
    a.save();
    // B saves before A's storage event reaches it: it writes over A's version unseen.
    b.store.getState().setContext('hipps', 'BBBBB');
    b.save();
    a.deliver();
    b.deliver();
    for (const tab of [a, b])
      expect(tab.store.getState().drafts.map((draft) => draft.claim.hipps)).toEqual([
        'BBBBB',
        'AAAAA',
      ]);
    expect(storedNames(shared)).toEqual([
      'Jones',
      expect.stringMatching(/^Jones \(from another tab/),
    ]);
  });

  it('removes a draft deleted in another tab, and keeps it when this tab had unsaved edits', () => {
    const { a, b } = twoTabs();
    const smith = a.store.getState().createDraft('Smith');
    const jones = a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    b.store.getState().selectDraft(jones);
    b.store.getState().setContext('hipps', '1FC21');
    a.store.getState().deleteDraft(smith);
    a.store.getState().deleteDraft(jones);
    a.save();
    b.deliver();
    expect(b.names()).toEqual(['Jones']);
    expect(b.store.getState().drafts[0]?.claim.hipps).toBe('1FC21');
    b.save();
    a.deliver();
    expect(a.names()).toEqual(['Jones']);
  });

  it('after "Delete all saved data" in one tab, a tab that heard of it drops its unsaved edit', () => {
    const { shared, a, b } = twoTabs();
    a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    // B has an edit waiting to be saved when the delete reaches it.
    b.store.getState().setContext('hipps', '1FC21');
    a.storage.deleteAll();
    a.store.getState().reset();
    b.deliver();
    expect(b.names()).toEqual(['Draft 1']);
    expect(b.store.getState().history).toEqual({});
    b.save();
    expect(storedNames(shared)).toEqual([]);
  });

  it('removes, never loads, a draft a tab saved in the old epoch as the delete crossed it', () => {
    const { shared, a, b } = twoTabs();
    const id = a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    a.storage.deleteAll();
    a.store.getState().reset();
    // B saves before the delete reaches it: its write carries the old epoch.
    b.store.getState().selectDraft(id);
    b.store.getState().setContext('hipps', '1FC21');
    b.save();
    expect(shared.data.has(draftKey(id))).toBe(true);
    expect(openTab(shared, 'c').names()).toEqual(['Draft 1']);
    a.deliver();
    b.deliver();
    expect(shared.data.has(draftKey(id))).toBe(false);
    expect(shared.data.get(EPOCH_KEY)).not.toBeUndefined();
    expect(a.names()).toEqual(['Draft 1']);
    expect(b.names()).toEqual(['Draft 1']);
  });

  it('shows drafts saved after a delete of everything in the tabs that heard of it', () => {
    const { a, b } = twoTabs();
    a.store.getState().createDraft('Jones');
    a.save();
    b.deliver();
    a.storage.deleteAll();
    a.store.getState().reset();
    a.store.getState().createDraft('After');
    a.save();
    b.deliver();
    expect(b.names()).toEqual(['After']);
  });

  it('lets the untouched empty draft give way to drafts saved in another tab', () => {
    const { a, b } = twoTabs();
    a.store.getState().renameDraft(a.store.getState().activeDraftId, 'Smith');
    a.save();
    b.deliver();
    expect(b.names()).toEqual(['Smith']);
  });
});
