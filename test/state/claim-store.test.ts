import { beforeEach, describe, expect, it } from 'vitest';
import {
  HISTORY_LIMIT,
  selectActiveClaim,
  selectCanRedo,
  selectCanUndo,
  useClaimStore,
} from '../../src/state/claim-store.ts';
import { STORAGE_KEY } from '../../src/state/persisted.ts';
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
    const saved = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    expect(saved.version).toBe(1);
    expect(saved.state.drafts[0].claim.visits[0].minutes).toBe('4x');
    expect(saved.state.history).toBeUndefined();
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

describe('toEngineClaim', () => {
  it('passes values as typed and leaves empty cells out', () => {
    const draft = draftFromClaimInput({
      payer: 'medicare',
      conditionCodes: ['47', 'D0'],
      visits: [{ id: 'V1', date: '2026-01-05', minutes: '45', charge: '' }],
    });
    const engine = toEngineClaim(draft);
    expect(engine.conditionCodes).toEqual(['47', 'D0']);
    expect(engine.visits).toEqual([
      { id: 'V1', date: '2026-01-05', discipline: '', credential: '', minutes: '45' },
    ]);
  });
});
