// What the grid does to a range of cells, each as one change of the claim (so one undo step):
// set cells, fill down from the visit above (Ctrl+D), clear (Delete); and a range as the
// tab-separated text a spreadsheet pastes (Ctrl+C).
import type { DraftClaim, DraftVisit, VisitField } from '../../state/draft-claim.ts';
import { withDiscipline, type ChargeList } from '../../state/new-visit.ts';

/** The visit with one field set; a new discipline takes the charge list's charge along. */
export function withField(
  visit: DraftVisit,
  field: VisitField,
  value: string,
  charges: ChargeList,
): DraftVisit {
  if (visit[field] === value) return visit;
  return field === 'discipline'
    ? withDiscipline(visit, value, charges)
    : { ...visit, [field]: value };
}

function withVisits(claim: DraftClaim, visits: DraftVisit[]): DraftClaim {
  return visits.every((visit, index) => visit === claim.visits[index])
    ? claim
    : { ...claim, visits };
}

/** The claim with one cell set. */
export function setCell(
  claim: DraftClaim,
  visitId: string,
  field: VisitField,
  value: string,
  charges: ChargeList,
): DraftClaim {
  return withVisits(
    claim,
    claim.visits.map((visit) =>
      visit.id === visitId ? withField(visit, field, value, charges) : visit,
    ),
  );
}

/**
 * Ctrl+D: each of `fields` in visits `top`..`bottom` takes the value of the visit above the range
 * when it is one visit, or of the range's first visit when it is several (as in a spreadsheet).
 */
export function fillDown(
  claim: DraftClaim,
  top: number,
  bottom: number,
  fields: readonly VisitField[],
  charges: ChargeList,
): DraftClaim {
  const sourceRow = top === bottom ? top - 1 : top;
  const source = claim.visits[sourceRow];
  if (!source) return claim;
  return withVisits(
    claim,
    claim.visits.map((visit, row) =>
      row > sourceRow && row >= top && row <= bottom
        ? fields.reduce((next, field) => withField(next, field, source[field], charges), visit)
        : visit,
    ),
  );
}

/** Delete: `fields` of visits `top`..`bottom` emptied. */
export function clearCells(
  claim: DraftClaim,
  top: number,
  bottom: number,
  fields: readonly VisitField[],
  charges: ChargeList,
): DraftClaim {
  return withVisits(
    claim,
    claim.visits.map((visit, row) =>
      row >= top && row <= bottom
        ? fields.reduce((next, field) => withField(next, field, '', charges), visit)
        : visit,
    ),
  );
}

/** A cell as a spreadsheet reads it: quoted when it holds a tab, a line break or a quote. */
function tsvCell(text: string): string {
  return /[\t\r\n"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows of cells as tab-separated text, one line a row. */
export function rangeAsText(rows: readonly (readonly string[])[]): string {
  return rows.map((cells) => cells.map(tsvCell).join('\t')).join('\n');
}
