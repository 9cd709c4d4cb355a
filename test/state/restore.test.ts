// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selectActiveClaim } from '../../src/state/claim-store.ts';
import { repairValue } from '../../src/state/draft-repair.ts';
import { DraftClaim } from '../../src/state/draft-claim.ts';
import { migrations } from '../../src/state/legacy-store.ts';
import {
  DRAFT_KEY_PREFIX,
  SAVE_REFUSED_KEY,
  SET_ASIDE_PREFIX,
  STORAGE_KEY,
  STORE_VERSION,
  draftKey,
} from '../../src/state/persisted.ts';
import { SharedStorage, openTab } from './shared-storage.ts';

const version1 = (drafts: unknown[], activeDraftId = 'd1') =>
  JSON.stringify({ state: { drafts, activeDraftId, deleted: null, setAside: null }, version: 1 });

const visit = (id: string, minutes: unknown) => ({ id, date: '2026-03-10', minutes });
const draft = (id: string, name: string, visits: unknown[] = []) => ({
  id,
  name,
  claim: { payer: 'medicare', billType: '0329', visits },
});

function startWith(entries: Record<string, string>, quota = Number.POSITIVE_INFINITY) {
  const shared = new SharedStorage();
  for (const [key, value] of Object.entries(entries)) shared.data.set(key, value);
  shared.quota = quota;
  return { shared, tab: openTab(shared, 'a') };
}

const keysStartingWith = (shared: SharedStorage, prefix: string) =>
  [...shared.data.keys()].filter((key) => key.startsWith(prefix));

describe('version 1 data (every draft under one key)', () => {
  it('loads, moved to one key per draft, with the active draft kept', () => {
    const { shared, tab } = startWith({
      [STORAGE_KEY]: version1(
        [draft('d1', 'Smith', [visit('V1', '45')]), draft('d2', 'Jones')],
        'd2',
      ),
    });
    expect(tab.names()).toEqual(['Smith', 'Jones']);
    expect(tab.store.getState().activeDraftId).toBe('d2');
    expect(tab.store.getState().drafts[0]?.claim.visits[0]?.minutes).toBe('45');
    expect(shared.data.has(STORAGE_KEY)).toBe(false);
    expect(keysStartingWith(shared, DRAFT_KEY_PREFIX).sort()).toEqual([
      draftKey('d1'),
      draftKey('d2'),
    ]);
    expect(JSON.parse(shared.data.get(draftKey('d1')) ?? '{}').version).toBe(STORE_VERSION);
  });

  it('has a tested migration for every version before the current one', () => {
    // Version 1 kept the whole state under one key (legacy-store.ts); version 2 → 3 is made on
    // each draft as it is read (draft-record.ts), tested under "drafts stored before version 3".
    expect(STORE_VERSION).toBe(3);
    expect(Object.keys(migrations).map(Number)).toEqual([1]);
    expect(migrations[1]?.({ drafts: [draft('d1', 'Smith')], activeDraftId: 'd1' })).toEqual({
      drafts: [draft('d1', 'Smith')],
      activeDraftId: 'd1',
    });
  });

  it('repairs a draft with a wrongly typed field and keeps its other fields', () => {
    const { tab, shared } = startWith({
      [STORAGE_KEY]: version1([draft('d1', 'Smith', [visit('V1', 45), visit('V2', '30')])]),
    });
    const visits = tab.store.getState().drafts[0]?.claim.visits;
    expect(visits?.map((v) => v.minutes)).toEqual(['45', '30']);
    expect(keysStartingWith(shared, SET_ASIDE_PREFIX)).toEqual([]);
    expect(tab.store.getState().drafts).toHaveLength(1);
  });

  it('sets aside only the draft that cannot be read; the others load', () => {
    const bad = { id: 'd2', name: 'Broken', claim: 3 };
    const { tab, shared } = startWith({
      [STORAGE_KEY]: version1([draft('d1', 'Smith'), bad, draft('d3', 'Jones')]),
    });
    expect(tab.loaded.readOnly).toBeNull();
    expect(tab.loaded.notices).toEqual([
      {
        kind: 'set-aside',
        entries: [{ key: `${SET_ASIDE_PREFIX}1`, reason: 'saved draft 2: it has no claim' }],
      },
    ]);
    expect(tab.names()).toEqual(['Smith', 'Jones']);
    const [aside] = keysStartingWith(shared, SET_ASIDE_PREFIX);
    expect(JSON.parse(shared.data.get(aside ?? '') ?? '')).toEqual(bad);
    expect(shared.data.has(STORAGE_KEY)).toBe(false);
  });

  it('sets aside data that is not JSON, whole, and starts with an empty draft', () => {
    const { tab, shared } = startWith({ [STORAGE_KEY]: '{"state": {"drafts": [' });
    expect(tab.names()).toEqual(['Draft 1']);
    expect(shared.data.get(`${SET_ASIDE_PREFIX}1`)).toBe('{"state": {"drafts": [');
    expect(shared.data.has(STORAGE_KEY)).toBe(false);
  });

  it('moves its drafts even when storage is too full for a second copy', () => {
    const big = 'x'.repeat(2000);
    const legacy = version1([
      draft('d1', 'Smith', [visit('V1', big)]),
      draft('d2', 'Jones', [visit('V1', big)]),
      draft('d3', 'Brown', [visit('V1', big)]),
    ]);
    const { tab, shared } = startWith({ [STORAGE_KEY]: legacy }, legacy.length + 3000);
    expect(tab.names()).toEqual(['Smith', 'Jones', 'Brown']);
    expect(keysStartingWith(shared, DRAFT_KEY_PREFIX)).toHaveLength(3);
    expect(shared.data.has(STORAGE_KEY)).toBe(false);
  });
});

describe('unreadable data that cannot be set aside (storage full)', () => {
  it('is left where it is; the tab does not save, so the first edit cannot destroy it', () => {
    const corrupt = '{"state": {"drafts": [' + 'x'.repeat(500);
    const { tab, shared } = startWith({ [STORAGE_KEY]: corrupt }, corrupt.length + 100);
    expect(tab.storage.readOnly?.entries).toEqual([
      { key: STORAGE_KEY, reason: 'the saved data is not valid JSON' },
    ]);
    tab.store.getState().renameDraft(tab.store.getState().activeDraftId, 'January');
    tab.save();
    expect(shared.data.get(STORAGE_KEY)).toBe(corrupt);
    expect(keysStartingWith(shared, DRAFT_KEY_PREFIX)).toEqual([]);
    expect(tab.names()).toEqual(['January']);

    // Once there is room, it is set aside and the edit is saved.
    shared.quota = Number.POSITIVE_INFINITY;
    expect(tab.storage.retrySetAside()).toEqual([
      { key: `${SET_ASIDE_PREFIX}1`, reason: 'the saved data is not valid JSON' },
    ]);
    tab.save();
    expect(shared.data.get(`${SET_ASIDE_PREFIX}1`)).toBe(corrupt);
    expect(openTab(shared, 'b').names()).toEqual(['January']);
  });

  it('leaves a stored draft that cannot be read in place beside the good ones', () => {
    const writer = new SharedStorage();
    const good = openTab(writer, 'writer');
    good.store.getState().renameDraft(good.store.getState().activeDraftId, 'Smith');
    good.save();
    const entries = Object.fromEntries(writer.data);
    const unreadable = '{"claim": ' + 'x'.repeat(300);
    const { tab, shared } = startWith({ ...entries, [draftKey('d-bad')]: unreadable }, 1000);
    expect(tab.names()).toEqual(['Smith']);
    expect(tab.storage.readOnly?.entries).toEqual([
      { key: draftKey('d-bad'), reason: 'a saved draft: it is not valid JSON' },
    ]);
    expect(shared.data.get(draftKey('d-bad'))).toBe(unreadable);
  });
});

describe('a refused save', () => {
  it('is noted, so the next start says so even when it was the save on leaving the page', () => {
    const shared = new SharedStorage();
    const tab = openTab(shared, 'a');
    tab.store.getState().renameDraft(tab.store.getState().activeDraftId, 'Smith');
    tab.save();
    shared.quota = shared.used() + 200;
    tab.store.getState().setContext('hipps', 'x'.repeat(400));
    tab.save();
    expect(tab.store.getState().drafts[0]?.claim.hipps).toHaveLength(400);
    expect(shared.data.get(SAVE_REFUSED_KEY)).toBe("this browser's storage for the app is full");
    tab.close();
    const next = openTab(shared, 'b');
    expect(next.loaded.notices).toEqual([
      { kind: 'refused-on-leave', reason: "this browser's storage for the app is full" },
    ]);
    expect(shared.data.has(SAVE_REFUSED_KEY)).toBe(false);
  });
});

describe('drafts stored before version 3 (travel counted inside the minutes)', () => {
  const record = (version: number, visits: unknown[]) => ({
    format: 'visit-to-claim/draft',
    version,
    rev: `v${version}.1`,
    epoch: '',
    parentRev: null,
    editedAt: 0,
    id: 'd1',
    position: 1,
    name: 'Smith',
    claim: { payer: 'medicare', visits },
  });
  const withTravel = [
    { id: 'V1', minutes: '30', travelMinutes: '25' },
    { id: 'V2', minutes: '45', travelMinutes: '' },
    { id: 'V3', start: '09:00', end: '10:00', travelMinutes: '20' },
  ];
  const minutesOf = (tab: ReturnType<typeof openTab>) =>
    selectActiveClaim(tab.store.getState()).visits.map((v) => [v.minutes, v.travelMinutes]);

  it.each([
    ['a version 2 record', { [draftKey('d1')]: JSON.stringify(record(2, withTravel)) }],
    ['a version 1 store', { [STORAGE_KEY]: version1([draft('d1', 'Smith', withTravel)]) }],
  ])('%s has its travel taken out of its minutes, so it bills as it did', (_, entries) => {
    const { tab } = startWith(entries);
    expect(minutesOf(tab)).toEqual([
      ['5', '25'],
      ['45', ''],
      ['40', '20'],
    ]);
  });

  it('is rewritten as version 3 and never loses its travel twice', () => {
    const { tab, shared } = startWith({ [draftKey('d1')]: JSON.stringify(record(2, withTravel)) });
    tab.store.getState().editVisit('V2', 'minutes', '50');
    tab.save();
    expect(JSON.parse(shared.data.get(draftKey('d1')) ?? '{}').version).toBe(3);
    const again = openTab(shared, 'b');
    expect(minutesOf(again)[0]).toEqual(['5', '25']);
  });

  it('leaves a version 3 record as it is', () => {
    const { tab } = startWith({ [draftKey('d1')]: JSON.stringify(record(3, withTravel)) });
    expect(minutesOf(tab)[0]).toEqual(['30', '25']);
  });
});

describe('fields this version does not know', () => {
  it('survive a round trip through this tab: read, edited, saved', () => {
    const record = {
      format: 'visit-to-claim/draft',
      version: STORE_VERSION + 1,
      rev: 'newer.1',
      epoch: '',
      parentRev: null,
      editedAt: 0,
      id: 'd1',
      position: 1,
      name: 'Smith',
      colour: 'blue',
      claim: {
        payer: 'medicare',
        payerNotes: { priorAuth: 'PA-1' },
        visits: [
          { id: 'V1', minutes: '45', visitNote: 'GP' },
          { id: 'V2', minutes: '30', visitNote: 'GO' },
        ],
      },
    };
    const { tab, shared } = startWith({ [draftKey('d1')]: JSON.stringify(record) });
    const state = tab.store.getState();
    expect(selectActiveClaim(state).visits.map((v) => v.minutes)).toEqual(['45', '30']);
    expect(JSON.stringify(state.drafts)).not.toContain('visitNote');

    state.editVisit('V1', 'minutes', '50');
    tab.store.getState().deleteVisit('V2');
    tab.save();
    const saved = JSON.parse(shared.data.get(draftKey('d1')) ?? '{}');
    expect(saved).toMatchObject({
      version: STORE_VERSION + 1,
      colour: 'blue',
      claim: {
        payerNotes: { priorAuth: 'PA-1' },
        visits: [{ id: 'V1', minutes: '50', visitNote: 'GP' }],
      },
    });
  });
});

describe('repairValue on a draft claim', () => {
  it.each([
    [
      'a number where text belongs',
      { minutes: 45 },
      '45',
      /visit 1 minutes was the number 45; it is now the text “45”/,
    ],
    ['true where text belongs', { minutes: true }, 'true', /the value true/],
    ['an object where text belongs', { minutes: { from: 30 } }, '{"from":30}', /an object/],
    ['null, which is blank', { minutes: null }, '', null],
  ])('keeps %s as the text a coder would see', (_, fields, minutes, message) => {
    const outcome = repairValue(DraftClaim, {
      payer: 'medicare',
      visits: [{ id: 'V1', ...fields }],
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.visits[0]?.minutes).toBe(minutes);
    if (message) expect(outcome.repairs.join('\n')).toMatch(message);
    else expect(outcome.repairs).toEqual([]);
  });

  it('takes out a visit that is not an object and keeps it with the draft, not the others', () => {
    const outcome = repairValue(DraftClaim, {
      payer: 'medicare',
      visits: [{ id: 'V1', minutes: '45' }, 'garbled', { id: 'V3', minutes: 30 }],
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.visits.map((v) => [v.id, v.minutes])).toEqual([
      ['V1', '45'],
      ['V3', '30'],
    ]);
    expect(outcome.setAside).toEqual([{ field: 'visit 2', value: 'garbled' }]);
  });

  it('gives a visit without an id, or with a repeated one, an id of its own', () => {
    const outcome = repairValue(DraftClaim, {
      payer: 'medicare',
      visits: [{ id: 'V1' }, { minutes: '30' }, { id: 'V1', minutes: '40' }],
    });
    if (!outcome.ok) throw new Error(outcome.reason);
    const ids = outcome.value.visits.map((v) => v.id);
    expect(ids[0]).toBe('V1');
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => /^V\d+$/.test(id))).toBe(true);
  });

  it('keeps a list that is no list with the draft, and starts it empty', () => {
    const outcome = repairValue(DraftClaim, { payer: 'medicare', valueCodes: 'D0 47' });
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.value.valueCodes).toEqual([]);
    expect(outcome.setAside).toEqual([{ field: 'value codes', value: 'D0 47' }]);
  });

  it('cannot read a claim that is not an object', () => {
    expect(repairValue(DraftClaim, 3)).toEqual({ ok: false, reason: 'it is not a draft claim' });
  });
});
