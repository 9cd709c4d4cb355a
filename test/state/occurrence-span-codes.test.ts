import { beforeEach, describe, expect, it } from 'vitest';
import { claimStorage, selectActiveClaim, useClaimStore } from '../../src/state/claim-store.ts';
import { STORAGE_KEY } from '../../src/state/persisted.ts';
import { useStorageStatus } from '../../src/state/storage-status.ts';
import { draftFromClaimInput, emptyClaim, toEngineClaim } from '../../src/state/draft-claim.ts';

const store = () => useClaimStore.getState();
const claim = () => selectActiveClaim(store());

beforeEach(() => {
  localStorage.clear();
  store().reset();
});

describe('occurrence span codes in a draft', () => {
  it('reach the engine claim as typed, leaving out blank rows and blank dates', () => {
    const draft = {
      ...emptyClaim(),
      occurrenceSpanCodes: [
        { code: '74', from: '2026-03-15', through: '2026-03-20' },
        { code: '', from: '', through: '' },
        { code: 'M0', from: '2026-03-09', through: '' },
        { code: '', from: '', through: '2026-3-1' },
      ],
    };
    expect(toEngineClaim(draft).occurrenceSpanCodes).toEqual([
      { code: '74', from: '2026-03-15', through: '2026-03-20' },
      { code: 'M0', from: '2026-03-09' },
      { code: '', through: '2026-3-1' },
    ]);
  });

  it('are read from a claim in the engine format as text', () => {
    const draft = draftFromClaimInput({
      payer: 'medicare',
      occurrenceSpanCodes: [{ code: 76, from: '2026-03-20', through: '2026-03-31' }, 'junk'],
      visits: [],
    });
    expect(draft.occurrenceSpanCodes).toEqual([
      { code: '76', from: '2026-03-20', through: '2026-03-31' },
      { code: '', from: '', through: '' },
    ]);
  });

  it('are kept by the store, typing in one field is one undo step, and undo removes them', () => {
    store().setOccurrenceSpanCodes([{ code: '', from: '', through: '' }]);
    store().setOccurrenceSpanCodes(
      [{ code: '74', from: '', through: '' }],
      'occurrence-span:0:code',
    );
    for (const from of ['2', '2026-03', '2026-03-15'])
      store().setOccurrenceSpanCodes([{ code: '74', from, through: '' }], 'occurrence-span:0:from');
    expect(claim().occurrenceSpanCodes).toEqual([{ code: '74', from: '2026-03-15', through: '' }]);

    store().undo();
    expect(claim().occurrenceSpanCodes).toEqual([{ code: '74', from: '', through: '' }]);
    store().undo();
    store().undo();
    expect(claim().occurrenceSpanCodes).toEqual([]);

    store().redo();
    store().redo();
    store().redo();
    expect(claim().occurrenceSpanCodes).toEqual([{ code: '74', from: '2026-03-15', through: '' }]);
  });

  it('loads a draft saved before occurrence span codes existed, with none, and keeps new ones', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        state: {
          drafts: [
            {
              id: 'd1',
              name: 'Smith March',
              claim: {
                payer: 'medicare',
                from: '2026-03-09',
                occurrenceCodes: [{ code: '50', date: '2026-03-09' }],
                valueCodes: [],
                visits: [{ id: 'V1', minutes: '45' }],
                items: [],
              },
            },
          ],
          activeDraftId: 'd1',
        },
        version: 1,
      }),
    );
    claimStorage?.reload();
    expect(useStorageStatus.getState().notices).toEqual([]);
    expect(claim().occurrenceCodes).toEqual([{ code: '50', date: '2026-03-09' }]);
    expect(claim().occurrenceSpanCodes).toEqual([]);

    // A span entered now is saved and comes back after a reload.
    store().setOccurrenceSpanCodes([{ code: '76', from: '2026-03-20', through: '2026-03-31' }]);
    window.dispatchEvent(new Event('pagehide'));
    claimStorage?.reload();
    expect(claim().occurrenceSpanCodes).toEqual([
      { code: '76', from: '2026-03-20', through: '2026-03-31' },
    ]);
  });
});
