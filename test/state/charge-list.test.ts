import { beforeEach, describe, expect, it } from 'vitest';
import { CHARGE_LIST_KEY, useChargeList } from '../../src/state/charge-list.ts';

beforeEach(() => useChargeList.getState().reset());

function otherTabWrote(value: string | null): void {
  if (value === null) localStorage.removeItem(CHARGE_LIST_KEY);
  else localStorage.setItem(CHARGE_LIST_KEY, value);
  window.dispatchEvent(
    new StorageEvent('storage', {
      key: CHARGE_LIST_KEY,
      newValue: value,
      storageArea: localStorage,
    }),
  );
}

describe('the charge list', () => {
  it('is saved in this browser as it is typed', () => {
    useChargeList.getState().setCharge('SN', '175.00');
    expect(JSON.parse(localStorage.getItem(CHARGE_LIST_KEY) ?? '{}')).toEqual({ SN: '175.00' });
  });

  it('takes another tab’s change at once', () => {
    otherTabWrote(JSON.stringify({ PT: '185.00' }));
    expect(useChargeList.getState().charges).toEqual({ PT: '185.00' });
  });

  it('is emptied when another tab deletes all saved data, and is not written back', () => {
    useChargeList.getState().setCharge('SN', '175.00');
    otherTabWrote(null);
    expect(useChargeList.getState().charges).toEqual({});
    useChargeList.getState().setCharge('PT', '185.00');
    expect(JSON.parse(localStorage.getItem(CHARGE_LIST_KEY) ?? '{}')).toEqual({ PT: '185.00' });
  });

  it('ignores a charge list it cannot read', () => {
    otherTabWrote('{not json');
    expect(useChargeList.getState().charges).toEqual({});
  });
});
