import { beforeEach, describe, expect, it, vi } from 'vitest';

const KEY = 'visit-to-claim:grid-columns';

/** The store as a fresh page load would create it from what is saved. */
async function loadStore() {
  vi.resetModules();
  const { useGridColumns } = await import('../../src/state/grid-columns.ts');
  return useGridColumns;
}

beforeEach(() => localStorage.clear());

// Setting and charge, which every Medicare claim needs, are shown until the coder hides them.
const defaults = [
  'mode',
  'monitoringDays',
  'travelMinutes',
  'documentationMinutes',
  'hcpcs',
  'units',
  'modifiers',
];

describe('the grid columns preference', () => {
  it.each([
    ['nothing saved', null, defaults],
    ['a saved list', '["start","end"]', ['start', 'end']],
    ['an empty list (every column shown)', '[]', []],
    ['columns it does not know, or that cannot be hidden', '["date","start","bogus"]', ['start']],
    ['something that is not JSON', '{not a list', defaults],
    ['JSON that is not a list', '{"start":false}', defaults],
  ])('reads %s', async (_what, saved, hidden) => {
    if (saved !== null) localStorage.setItem(KEY, saved);
    expect((await loadStore()).getState().hidden).toEqual(hidden);
  });

  it('keeps the grid order whatever order columns are hidden in', async () => {
    const store = await loadStore();
    store.getState().showAll();
    store.getState().setShown('charge', false);
    store.getState().setShown('start', false);
    expect(store.getState().hidden).toEqual(['start', 'charge']);
    store.getState().setShown('charge', true);
    expect(JSON.parse(localStorage.getItem(KEY) ?? '')).toEqual(['start']);
  });

  it('saves "show all" and forgets the choice on reset, back to the default columns', async () => {
    const store = await loadStore();
    store.getState().showAll();
    expect(store.getState().hidden).toEqual([]);
    expect(localStorage.getItem(KEY)).toBe('[]');
    store.getState().reset();
    expect(store.getState().hidden).toEqual(defaults);
    expect(localStorage.getItem(KEY)).toBeNull();
  });
});
