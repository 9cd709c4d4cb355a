// What a new visit starts with ("Add visit", Enter on the last visit, a paste past the last one):
// the date, discipline, credential and setting of the visit before it; with none before, the
// period's first day, SN by an RN, and Home where the payer bills location lines; and the charge
// list's charge for its discipline. A charge the coder typed is the visit's own and always wins.
import { codeTables } from '../data/index.ts';
import { blankVisit, type DraftClaim, type DraftVisit } from './draft-claim.ts';

/** Discipline code → the agency's usual charge, as typed; a discipline with none is absent. */
export type ChargeList = Readonly<Record<string, string>>;

/** The listed charge for a discipline's visit, or '' when the list has none. */
export function listedCharge(charges: ChargeList, discipline: string): string {
  return charges[discipline.trim().toUpperCase()] ?? '';
}

/** The setting a first visit starts with: Home for a payer whose claims carry location lines. */
export function defaultSetting(payer: string): string {
  const profile = codeTables.payerProfiles.find((row) => row.id === payer);
  return profile?.locationLines ? 'home' : '';
}

export function newVisitAfter(
  previous: DraftVisit | undefined,
  id: string,
  claim: DraftClaim,
  charges: ChargeList,
): DraftVisit {
  const discipline = previous?.discipline ?? 'SN';
  return blankVisit(id, {
    date: previous?.date ?? claim.from,
    discipline,
    credential: previous?.credential ?? 'RN',
    setting: previous?.setting || defaultSetting(claim.payer),
    charge: listedCharge(charges, discipline),
  });
}

/**
 * A visit read from pasted or imported rows, with what a new visit starts with where the rows
 * left it empty: the payer's default setting and the charge list's charge for its discipline.
 */
export function withNewVisitDefaults<
  V extends Pick<DraftVisit, 'setting' | 'charge' | 'discipline'>,
>(visit: V, claim: DraftClaim, charges: ChargeList): V {
  return {
    ...visit,
    setting: visit.setting || defaultSetting(claim.payer),
    charge: visit.charge || listedCharge(charges, visit.discipline),
  };
}

/**
 * The visit with another discipline. A charge that came from the list (or none) follows the
 * list to the new discipline; a charge of the visit's own stays.
 */
export function withDiscipline(
  visit: DraftVisit,
  discipline: string,
  charges: ChargeList,
): DraftVisit {
  const fromList = visit.charge === '' || visit.charge === listedCharge(charges, visit.discipline);
  return {
    ...visit,
    discipline,
    charge: fromList ? listedCharge(charges, discipline) : visit.charge,
  };
}
