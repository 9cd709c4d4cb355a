// What a new visit starts with ("Add visit", Enter on the last visit, a paste past the last one):
// the date, discipline, credential and setting of the visit before it; with none before, the
// period's first day, SN by an RN, and Home where the payer bills location lines; and the charge
// list's charge for its discipline. A charge the coder typed is the visit's own and always wins.
import { codeTables } from '../data/index.ts';
import { listedCharge } from './charge-list.ts';
import { blankVisit, type DraftClaim, type DraftVisit } from './draft-claim.ts';

/** The setting a first visit starts with: Home for a payer whose claims carry location lines. */
export function defaultSetting(payer: string): string {
  const profile = codeTables.payerProfiles.find((row) => row.id === payer);
  return profile?.locationLines ? 'home' : '';
}

export function newVisitAfter(
  previous: DraftVisit | undefined,
  id: string,
  claim: DraftClaim,
): DraftVisit {
  const discipline = previous?.discipline ?? 'SN';
  return blankVisit(id, {
    date: previous?.date ?? claim.from,
    discipline,
    credential: previous?.credential ?? 'RN',
    setting: previous?.setting || defaultSetting(claim.payer),
    charge: listedCharge(discipline),
  });
}

/**
 * The visit with another discipline. A charge that came from the list (or none) follows the
 * list to the new discipline; a charge of the visit's own stays.
 */
export function withDiscipline(visit: DraftVisit, discipline: string): DraftVisit {
  const fromList = visit.charge === '' || visit.charge === listedCharge(visit.discipline);
  return { ...visit, discipline, charge: fromList ? listedCharge(discipline) : visit.charge };
}
