// Edits of one draft claim, as pure functions: claim in, new claim out (and the id made, where
// an edit makes one). The store runs them as undoable steps; tests run them on their own.
import {
  blankItem,
  blankVisit,
  idAllocator,
  type DraftClaim,
  type DraftVisit,
  type VisitField,
} from './draft-claim.ts';
import { newVisitAfter, withNewVisitDefaults, type ChargeList } from './new-visit.ts';
import { visitFieldKeys } from '../claim-format/visit-fields.ts';

function withVisits(claim: DraftClaim, visits: DraftVisit[]): DraftClaim {
  return { ...claim, visits };
}

export function mapVisit(
  claim: DraftClaim,
  visitId: string,
  change: (visit: DraftVisit) => DraftVisit,
): DraftClaim {
  return withVisits(
    claim,
    claim.visits.map((visit) => (visit.id === visitId ? change(visit) : visit)),
  );
}

/** A new visit copies the visit before it (new-visit.ts says what it starts with). */
const visitAfter = newVisitAfter;

// Edits that add visits take the charge list as an input, so they stay pure.

function visitIds(claim: DraftClaim) {
  return idAllocator(
    'V',
    claim.visits.map((visit) => visit.id),
  );
}

export function nextVisitId(claim: DraftClaim): string {
  return visitIds(claim).next();
}

export function addVisit(claim: DraftClaim, id: string, charges: ChargeList): DraftClaim {
  return withVisits(claim, [...claim.visits, visitAfter(claim.visits.at(-1), id, claim, charges)]);
}

export function insertVisit(
  claim: DraftClaim,
  beforeIndex: number,
  id: string,
  charges: ChargeList,
): DraftClaim {
  const visits = [...claim.visits];
  const at = Math.max(0, Math.min(beforeIndex, visits.length));
  visits.splice(at, 0, visitAfter(visits[at - 1] ?? visits[at], id, claim, charges));
  return withVisits(claim, visits);
}

export function duplicateVisit(claim: DraftClaim, visitId: string, id: string): DraftClaim {
  const index = claim.visits.findIndex((visit) => visit.id === visitId);
  const source = claim.visits[index];
  if (!source) return claim;
  const visits = [...claim.visits];
  visits.splice(index + 1, 0, { ...source, id });
  return withVisits(claim, visits);
}

export function deleteVisit(claim: DraftClaim, visitId: string): DraftClaim {
  return withVisits(
    claim,
    claim.visits.filter((visit) => visit.id !== visitId),
  );
}

/** Pasted visits, each starting as a new visit does where the rows left a field empty. */
export function appendVisits(
  claim: DraftClaim,
  visits: Omit<DraftVisit, 'id'>[],
  charges: ChargeList,
): DraftClaim {
  const ids = visitIds(claim);
  return withVisits(claim, [
    ...claim.visits,
    ...visits.map((fields) => blankVisit(ids.next(), withNewVisitDefaults(fields, claim, charges))),
  ]);
}

export interface FilledCells {
  claim: DraftClaim;
  added: number;
  replaced: number;
}

/**
 * Sets the fields of each row on the visits from `startIndex` down, adding visits (as "Add
 * visit" does) when the rows run past the last. Counts the visits added and the non-empty values
 * changed.
 */
export function fillVisitCells(
  claim: DraftClaim,
  startIndex: number,
  rows: Partial<Record<VisitField, string>>[],
  charges: ChargeList,
): FilledCells {
  let added = 0;
  let replaced = 0;
  const visits = [...claim.visits];
  const ids = visitIds(claim);
  rows.forEach((values, offset) => {
    const at = startIndex + offset;
    const existing = visits[at];
    let visit = existing;
    if (!visit) {
      visit = visitAfter(visits.at(-1), ids.next(), claim, charges);
      added += 1;
    }
    const next: DraftVisit = { ...visit, ...values };
    if (existing)
      replaced += visitFieldKeys.filter(
        (field) => existing[field] !== '' && existing[field] !== next[field],
      ).length;
    visits[Math.min(at, visits.length)] = next;
  });
  return { claim: withVisits(claim, visits), added, replaced };
}

export function addItem(claim: DraftClaim): DraftClaim {
  const id = idAllocator(
    'S',
    claim.items.map((item) => item.id),
  ).next();
  return { ...claim, items: [...claim.items, blankItem(id)] };
}
