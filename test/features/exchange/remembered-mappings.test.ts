import { describe, expect, it } from 'vitest';
import {
  COLUMN_MAPPINGS_KEY,
  rememberedMapping,
  rememberMapping,
} from '../../../src/features/exchange/remembered-mappings.ts';

/** A Storage in memory; `full` refuses every write, as a browser over its quota does. */
function memoryStorage(full = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

const headers = ['Visit Date', 'Task', 'Clinician', 'Mileage'];

describe('remembered column mappings', () => {
  it('gives back the mapping chosen for the same headers, whatever their case and spacing', () => {
    const storage = memoryStorage();
    rememberMapping(headers, ['date', null, 'clinician', 'travelMinutes'], storage);
    expect(rememberedMapping(['visit date', 'TASK', 'clinician ', 'Mileage'], storage)).toEqual([
      'date',
      null,
      'clinician',
      'travelMinutes',
    ]);
    expect(rememberedMapping(['Visit Date', 'Task'], storage)).toBeNull();
  });

  it.each([
    ['not JSON', '{'],
    ['not an object', '"mappings"'],
    ['mappings that are no list', '{"version":1,"mappings":7}'],
    ['an entry of the wrong shape', '{"version":1,"mappings":[null,{"headers":3}]}'],
  ])('counts saved data that is %s as nothing remembered', (_name, saved) => {
    const storage = memoryStorage();
    storage.setItem(COLUMN_MAPPINGS_KEY, saved);
    expect(rememberedMapping(headers, storage)).toBeNull();
    rememberMapping(headers, ['date', null, null, null], storage);
    expect(rememberedMapping(headers, storage)).toEqual(['date', null, null, null]);
  });

  it('reads a column meaning this version does not know as ignored', () => {
    const storage = memoryStorage();
    const key = JSON.stringify(['visitdate', 'task', 'clinician', 'mileage']);
    storage.setItem(
      COLUMN_MAPPINGS_KEY,
      JSON.stringify({
        version: 1,
        mappings: [{ headers: key, mapping: ['date', 'odometer', 3, null] }],
      }),
    );
    expect(rememberedMapping(headers, storage)).toEqual(['date', null, null, null]);
  });

  it('still imports when the browser refuses to save the choice', () => {
    const storage = memoryStorage(true);
    expect(() => rememberMapping(headers, ['date', null, null, null], storage)).not.toThrow();
    expect(rememberedMapping(headers, storage)).toBeNull();
  });
});
