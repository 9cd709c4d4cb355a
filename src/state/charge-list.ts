// The agency's usual charge for a visit of each discipline ("SN 175.00, PT 185.00"), which a new
// visit's Charge starts with. Kept in this browser beside the drafts and deleted with them; the
// amounts are kept as typed (the engine reads a visit's charge and names a bad one).
import { create } from 'zustand';
import type { ChargeList } from './new-visit.ts';

export const CHARGE_LIST_KEY = 'visit-to-claim:charge-list';

function readCharges(): ChargeList {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(CHARGE_LIST_KEY) ?? 'null');
    if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return {};
    return Object.fromEntries(
      Object.entries(saved).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
      ),
    );
  } catch {
    return {};
  }
}

function saveCharges(charges: ChargeList | null): void {
  try {
    if (charges === null) localStorage.removeItem(CHARGE_LIST_KEY);
    else localStorage.setItem(CHARGE_LIST_KEY, JSON.stringify(charges));
  } catch {
    // A list that cannot be saved still applies until the page is closed.
  }
}

interface ChargeListState {
  charges: ChargeList;
  setCharge: (discipline: string, charge: string) => void;
  /** Forgets every charge (delete all saved data). */
  reset: () => void;
}

export const useChargeList = create<ChargeListState>()((set, get) => ({
  charges: readCharges(),
  setCharge: (discipline, charge) => {
    const charges = { ...get().charges };
    if (charge.trim() === '') delete charges[discipline];
    else charges[discipline] = charge;
    saveCharges(charges);
    set({ charges });
  },
  reset: () => {
    saveCharges(null);
    set({ charges: {} });
  },
}));

// Another tab's change to the list, or its "Delete all saved data", shows here at once, so this
// tab never writes an old list back.
if (typeof window !== 'undefined')
  window.addEventListener('storage', (event) => {
    if (event.key === CHARGE_LIST_KEY || event.key === null)
      useChargeList.setState({ charges: readCharges() });
  });
