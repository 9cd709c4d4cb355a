import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HISTORY_LIMIT,
  SAVE_MAX_DELAY_MS,
  claimStorage,
  flushClaimStorage,
  selectActiveClaim,
  selectCanRedo,
  selectCanUndo,
  useClaimStore,
} from '../../src/state/claim-store.ts';
import { STORE_VERSION, draftKey } from '../../src/state/persisted.ts';
import { draftRecordText } from '../../src/state/draft-record.ts';
import { emptyClaim } from '../../src/state/draft-claim.ts';
import { draftFromClaimInput, toEngineClaim } from '../../src/state/draft-claim.ts';

const store = () => useClaimStore.getState();
const claim = () => selectActiveClaim(store());

beforeEach(() => {
  localStorage.clear();
  store().reset();
});

describe('claim store', () => {
  it('opens a claim as a new named draft for other features', () => {
    const id = store().createDraft(
      'Scenario 3',
      draftFromClaimInput({ payer: 'bcbsil', visits: [{ id: 'A', minutes: 45 }] }),
    );
    expect(store().activeDraftId).toBe(id);
    expect(store().drafts.map((d) => d.name)).toEqual(['Draft 1', 'Scenario 3']);
    expect(claim().payer).toBe('bcbsil');
    expect(claim().visits[0]).toMatchObject({ id: 'A', minutes: '45' });
  });

  it('gives new visits the next free id and copies date, discipline and credential', () => {
    store().setContext('from', '2026-01-05');
    store().addVisit();
    expect(claim().visits[0]).toMatchObject({ id: 'V1', date: '2026-01-05', discipline: 'SN' });
    store().editVisit('V1', 'credential', 'LPN');
    store().addVisit();
    expect(claim().visits[1]).toMatchObject({ id: 'V2', credential: 'LPN' });
    store().deleteVisit('V1');
    store().addVisit();
    expect(claim().visits.map((v) => v.id)).toEqual(['V2', 'V3']);
  });

  it('makes consecutive edits of one cell a single undo step', () => {
    store().addVisit();
    for (const value of ['4', '45']) store().editVisit('V1', 'minutes', value);
    store().editVisit('V1', 'charge', '100');
    store().undo();
    expect(claim().visits[0]).toMatchObject({ minutes: '45', charge: '' });
    store().undo();
    expect(claim().visits[0]?.minutes).toBe('');
    expect(selectCanRedo(store())).toBe(true);
    store().redo();
    expect(claim().visits[0]?.minutes).toBe('45');
  });

  it('fills cells of several visits, adding visits past the last, as one undo step', () => {
    store().addVisit();
    store().editVisit('V1', 'minutes', '30');
    store().editVisit('V1', 'credential', 'LPN');
    const outcome = store().fillVisitCells(0, [
      { minutes: '45', start: '10:00' },
      { minutes: '50', start: '11:00' },
    ]);
    expect(outcome).toEqual({ added: 1, replaced: 1 });
    expect(claim().visits).toMatchObject([
      { id: 'V1', minutes: '45', start: '10:00' },
      { id: 'V2', minutes: '50', start: '11:00', credential: 'LPN' },
    ]);
    store().undo();
    expect(claim().visits).toMatchObject([{ id: 'V1', minutes: '30', start: '' }]);
    // Typing in a cell after a paste is a step of its own.
    store().redo();
    store().editVisit('V1', 'minutes', '46');
    store().undo();
    expect(claim().visits[0]?.minutes).toBe('45');
  });

  it('drops the redo stack on a new edit and caps the undo history', () => {
    store().addVisit();
    for (let i = 0; i < HISTORY_LIMIT + 20; i += 1)
      store().editVisit('V1', i % 2 ? 'minutes' : 'charge', String(i));
    expect(store().history[store().activeDraftId]?.past).toHaveLength(HISTORY_LIMIT);
    store().undo();
    store().addVisit();
    expect(selectCanRedo(store())).toBe(false);
    expect(selectCanUndo(store())).toBe(true);
  });

  it('saves every edit to localStorage with a version, without the undo history', () => {
    store().addVisit();
    store().editVisit('V1', 'minutes', '4x');
    flushClaimStorage();
    const saved = JSON.parse(localStorage.getItem(draftKey(store().activeDraftId)) ?? '{}');
    expect(saved.version).toBe(STORE_VERSION);
    expect(saved.claim.visits[0].minutes).toBe('4x');
    expect(JSON.stringify(saved)).not.toContain('history');
  });

  it('brings back a deleted draft where it was', () => {
    store().createDraft('B');
    store().createDraft('C');
    const b = store().drafts[1]!.id;
    store().deleteDraft(b);
    expect(store().drafts.map((d) => d.name)).toEqual(['Draft 1', 'C']);
    store().undoDeleteDraft();
    expect(store().drafts.map((d) => d.name)).toEqual(['Draft 1', 'B', 'C']);
    expect(store().activeDraftId).toBe(b);
  });

  it('always keeps one draft', () => {
    store().deleteDraft(store().activeDraftId);
    expect(store().drafts).toHaveLength(1);
  });
});

describe('saving off the keystroke', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const savedMinutes = () =>
    JSON.parse(localStorage.getItem(draftKey(store().activeDraftId)) ?? '{}').claim?.visits[0]
      ?.minutes;

  it('writes the last edit once typing pauses', () => {
    vi.useFakeTimers();
    store().addVisit();
    store().editVisit('V1', 'minutes', '4');
    store().editVisit('V1', 'minutes', '45');
    vi.runOnlyPendingTimers();
    expect(savedMinutes()).toBe('45');
  });

  it('writes while typing goes on, within the longest wait', () => {
    vi.useFakeTimers();
    store().addVisit();
    for (let i = 1; i <= 20; i += 1) {
      store().editVisit('V1', 'minutes', String(i));
      vi.advanceTimersByTime(SAVE_MAX_DELAY_MS / 10);
    }
    expect(Number(savedMinutes())).toBeGreaterThan(1);
  });

  it('writes a pending edit when the page is left', () => {
    store().addVisit();
    store().editVisit('V1', 'minutes', '50');
    window.dispatchEvent(new Event('pagehide'));
    expect(savedMinutes()).toBe('50');
  });

  it('writes a pending edit when the page is hidden', () => {
    store().addVisit();
    store().editVisit('V1', 'minutes', '55');
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockRestore();
    expect(savedMinutes()).toBe('55');
  });

  it('keeps an edit made just before a reload', () => {
    store().addVisit();
    store().editVisit('V1', 'minutes', '4x');
    // A reload: the page is left, then a fresh page reads what was saved.
    window.dispatchEvent(new Event('pagehide'));
    claimStorage?.reload();
    expect(claim().visits[0]?.minutes).toBe('4x');
  });
});

describe('toEngineClaim', () => {
  it('passes values as typed and leaves empty cells out', () => {
    const draft = draftFromClaimInput({
      payer: 'medicare',
      conditionCodes: ['47', 'D0'],
      visits: [{ id: 'V1', date: '2026-01-05', minutes: '45', charge: '' }],
    });
    const engine = toEngineClaim(draft);
    expect(engine.conditionCodes).toEqual(['47', 'D0']);
    // A blank discipline is left out like any blank cell; the engine asks for it either way.
    expect(engine.visits).toEqual([{ id: 'V1', date: '2026-01-05', minutes: '45' }]);
  });

  it('gives remarks and modifiers to the engine as typed', () => {
    const draft = draftFromClaimInput({
      payer: 'medicare',
      remarks: 'D9: units corrected',
      visits: [{ id: 'V1', modifiers: ['KX', 'GP'] }],
    });
    expect(draft.remarks).toBe('D9: units corrected');
    expect(draft.visits[0]?.modifiers).toBe('KX GP');
    const engine = toEngineClaim(draft);
    expect(engine.remarks).toBe('D9: units corrected');
    expect(engine.visits).toEqual([{ id: 'V1', modifiers: 'KX GP' }]);
  });
});

describe('another tab’s save', () => {
  it('shows on the storage event, without a reload', () => {
    const claim = { ...emptyClaim(), hipps: '1FC21' };
    const draft = { id: 'd-other', name: 'Jones', position: 5, claim };
    const stamp = { rev: 'other.1', parentRev: null, editedAt: 1, epoch: '' };
    localStorage.setItem(draftKey(draft.id), draftRecordText(draft, stamp, null));
    window.dispatchEvent(
      new StorageEvent('storage', { key: draftKey(draft.id), storageArea: localStorage }),
    );
    expect(store().drafts.map((d) => [d.name, d.claim.hipps])).toEqual([['Jones', '1FC21']]);
  });

  it('is looked for when the tab comes back into view, in case it slept through the event', () => {
    const draft = { id: 'd-other', name: 'Jones', position: 5, claim: emptyClaim() };
    const stamp = { rev: 'other.1', parentRev: null, editedAt: 1, epoch: '' };
    localStorage.setItem(draftKey(draft.id), draftRecordText(draft, stamp, null));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(store().drafts.map((d) => d.name)).toEqual(['Jones']);
  });
});
