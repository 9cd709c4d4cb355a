import { describe, expect, it } from 'vitest';
import {
  SET_ASIDE_PREFIX,
  STORE_VERSION,
  migrations,
  restoreStored,
  setAsideStored,
} from '../../src/state/persisted.ts';

const good = {
  state: {
    drafts: [{ id: 'd1', name: 'Draft 1', claim: { payer: 'medicare', visits: [{ id: 'V1' }] } }],
    activeDraftId: 'd1',
  },
  version: STORE_VERSION,
};

describe('restoreStored', () => {
  it('reports nothing stored as an empty start', () => {
    expect(restoreStored(null)).toEqual({ ok: true, state: null });
  });

  it('reads a stored state and fills fields that are missing with empty text', () => {
    const outcome = restoreStored(JSON.stringify(good));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok || !outcome.state) throw new Error('expected a state');
    expect(outcome.state.drafts[0]?.claim.visits[0]).toMatchObject({ id: 'V1', minutes: '' });
    expect(outcome.state.deleted).toBeNull();
  });

  it('points the active draft at a draft that exists', () => {
    const outcome = restoreStored(
      JSON.stringify({ ...good, state: { ...good.state, activeDraftId: 'gone' } }),
    );
    expect(outcome.ok && outcome.state?.activeDraftId).toBe('d1');
  });

  it.each([
    ['text that is not JSON', '{"state": ', /not valid JSON/],
    ['JSON without a state', '[1,2]', /no state/],
    ['a state without a version', JSON.stringify({ state: good.state }), /no version/],
    ['a newer version', JSON.stringify({ ...good, version: STORE_VERSION + 1 }), /newer version/],
    [
      'a draft whose claim is not an object',
      JSON.stringify({
        ...good,
        state: { ...good.state, drafts: [{ id: 'd1', name: 'x', claim: 3 }] },
      }),
      /drafts\.0\.claim/,
    ],
    [
      'no drafts at all',
      JSON.stringify({ ...good, state: { drafts: [], activeDraftId: '' } }),
      /drafts/,
    ],
  ])('refuses %s and says why', (_, raw, reason) => {
    const outcome = restoreStored(raw);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(reason);
  });

  it('has a tested migration for every version before the current one', () => {
    // Version 1 is the first stored shape; a new version must add its migration and a test here.
    expect(Object.keys(migrations).map(Number)).toEqual(
      Array.from({ length: STORE_VERSION - 1 }, (_, i) => i + 1),
    );
  });
});

describe('setAsideStored', () => {
  it('keeps each unreadable value under its own key', () => {
    localStorage.clear();
    expect(setAsideStored(localStorage, 'first')).toBe(`${SET_ASIDE_PREFIX}1`);
    expect(setAsideStored(localStorage, 'second')).toBe(`${SET_ASIDE_PREFIX}2`);
    expect(localStorage.getItem(`${SET_ASIDE_PREFIX}1`)).toBe('first');
  });
});
