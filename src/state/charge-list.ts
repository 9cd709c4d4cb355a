// The agency's usual charge for a visit of each discipline ("SN 175.00, PT 185.00"), which a new
// visit's Charge starts with. Kept in this browser beside the drafts and deleted with them; the
// amounts are kept as typed (the engine reads a visit's charge and names a bad one).
import { create } from 'zustand';

export const CHARGE_LIST_KEY = 'visit-to-claim:charge-list';

/** Discipline code → charge as typed; a discipline with no charge is absent. */
export type ChargeList = Readonly<Record<string, string>>;

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

/** The listed charge for a discipline's visit, or '' when the list has none. */
export function listedCharge(discipline: string): string {
  return useChargeList.getState().charges[discipline.trim().toUpperCase()] ?? '';
}
