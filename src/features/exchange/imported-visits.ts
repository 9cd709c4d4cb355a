// Where imported visits go: appended to a draft (keeping each file id that is still free, else
// the next V-number), or as the visits of a new draft with another draft's claim details.
// A field the file left empty starts as a new visit's does (Home where the payer bills location
// lines, the charge list's charge). Pure: the view hands these to the store's updateClaim and
// createDraft.
import {
  draftFromClaimInput,
  emptyClaim,
  idAllocator,
  type DraftClaim,
  type DraftVisit,
} from '../../state/draft-claim.ts';
import { withNewVisitDefaults, type ChargeList } from '../../state/new-visit.ts';
import { toEngineVisit, type CsvRow } from '../../claim-format/visits-csv.ts';

/** The rows as draft visits (ids from the file where given and unique, else V1, V2, …). */
export function draftVisitsFromRows(rows: readonly CsvRow[]): DraftVisit[] {
  return draftFromClaimInput({ visits: rows.map((row) => toEngineVisit(row.visit)) }).visits;
}

export function appendImportedVisits(
  claim: DraftClaim,
  visits: readonly DraftVisit[],
  charges: ChargeList,
): DraftClaim {
  const taken = new Set(claim.visits.map((visit) => visit.id));
  const free = idAllocator('V', [...taken, ...visits.map((visit) => visit.id)]);
  const added = visits.map((visit) => {
    const id = taken.has(visit.id) ? free.next() : visit.id;
    taken.add(id);
    return { ...withNewVisitDefaults(visit, claim, charges), id };
  });
  return { ...claim, visits: [...claim.visits, ...added] };
}

/** A new draft's claim: the visits, with the claim details of `detailsFrom` when given. */
export function claimForImportedVisits(
  visits: readonly DraftVisit[],
  charges: ChargeList,
  detailsFrom?: DraftClaim,
): DraftClaim {
  const claim = detailsFrom ?? emptyClaim();
  return {
    ...claim,
    visits: visits.map((visit) => withNewVisitDefaults(visit, claim, charges)),
    items: [],
  };
}
