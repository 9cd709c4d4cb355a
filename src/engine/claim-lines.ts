// Assembles the UB-04 service lines: the 0023 HIPPS line, one line per visit, the location
// Q-code lines, and non-visit items as entered. Sorted by revenue code, then date, as on the form.
import type { NormalClaim, NormalVisit } from './normal-claim.ts';
import type { CodeIndex, PayerIndex } from './code-index.ts';
import { isEffectiveOn } from './dates.ts';
import type { ClaimLine, VisitLineResult } from './types.ts';

/** A nominal charge on location lines: CMS asks for one (e.g. $0.01) because the line must carry a charge. */
const LOCATION_LINE_CHARGE_CENTS = 1;
const HIPPS_REVENUE_CODE = '0023';

export interface DatedVisitLine {
  line: VisitLineResult;
  visit: NormalVisit;
}

/**
 * Positions of the visit lines in date order (entry order within a day; undated lines first).
 * Computed once and shared: the in-person list and the UB-04 lines both follow it.
 */
export function linesInDateOrder(lines: readonly VisitLineResult[]): number[] {
  const order: number[] = [];
  // Visits are usually entered in date order: nothing to sort then.
  let inOrder = true;
  for (let i = 0; i < lines.length; i++) {
    order.push(i);
    if (inOrder && i > 0) inOrder = (lines[i - 1]!.date ?? '') <= (lines[i]!.date ?? '');
  }
  if (inOrder) return order;
  // Few distinct dates: bucket by date, then sort only the dates.
  const buckets = new Map<string, number[]>();
  for (let i = 0; i < lines.length; i++) {
    const key = lines[i]!.date ?? '';
    const bucket = buckets.get(key);
    if (bucket) bucket.push(i);
    else buckets.set(key, [i]);
  }
  order.length = 0;
  for (const key of [...buckets.keys()].sort()) for (const i of buckets.get(key)!) order.push(i);
  return order;
}

/** In-person visit lines with a date, in date order (entry order within a day). */
export function inPersonVisitsByDate(
  lines: readonly VisitLineResult[],
  visits: readonly NormalVisit[],
  dateOrder: readonly number[],
): DatedVisitLine[] {
  const dated: DatedVisitLine[] = [];
  for (const i of dateOrder) {
    const line = lines[i];
    const visit = visits[i];
    if (
      line &&
      visit &&
      line.date !== null &&
      line.basis.mode === 'in-person' &&
      line.revenueCode !== null
    )
      dated.push({ line, visit });
  }
  return dated;
}

/** A claim line with every key present (one object shape); undefined keys are left out of JSON. */
function withCharge(
  line: Omit<ClaimLine, 'charge' | 'chargeCents'>,
  chargeCents: number | undefined,
): ClaimLine {
  return {
    kind: line.kind,
    revenueCode: line.revenueCode,
    hcpcs: line.hcpcs,
    date: line.date,
    units: line.units,
    charge: chargeCents === undefined ? undefined : chargeCents / 100,
    chargeCents,
    visitIds: line.visitIds,
    itemId: line.itemId,
    modifiers: line.modifiers,
  };
}

export function locationLines(
  index: CodeIndex,
  payer: PayerIndex,
  claim: NormalClaim,
  byDate: readonly DatedVisitLine[],
): ClaimLine[] {
  if (!payer.profile.locationLines || !index.claimRules.periodClaims.has(claim.billType)) return [];
  const lines: ClaimLine[] = [];
  let current: string | undefined;
  for (const { line, visit } of byDate) {
    const setting = visit.setting ?? current;
    if (setting === undefined || setting === current) continue;
    current = setting;
    const code = index.locationCodeBySetting.get(setting);
    const row = code === undefined ? undefined : index.hcpcs.get(code);
    if (!row || !isEffectiveOn(row, line.date!)) continue;
    lines.push(
      withCharge(
        {
          kind: 'location',
          revenueCode: line.revenueCode!,
          hcpcs: row.code,
          date: line.date,
          units: 1,
          visitIds: [line.id],
        },
        LOCATION_LINE_CHARGE_CENTS,
      ),
    );
  }
  return lines;
}

/** Undated lines sort first, as in the visit lines' date order. */
function compareDates(a: string | null, b: string | null): number {
  const left = a ?? '';
  const right = b ?? '';
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Location and item lines in date order; on one date a location line comes first. */
function sortExtras(extras: ClaimLine[]): ClaimLine[] {
  return extras
    .map((line, position) => ({ line, position }))
    .sort(
      (a, b) =>
        compareDates(a.line.date, b.line.date) ||
        (a.line.kind === 'location' ? 0 : 1) - (b.line.kind === 'location' ? 0 : 1) ||
        a.position - b.position,
    )
    .map(({ line }) => line);
}

/**
 * One revenue code's lines: its visit lines (already in date order) merged with its location
 * and item lines. On one date the location line precedes the visits and items follow them.
 */
function mergeByDate(visitLines: ClaimLine[], extras: ClaimLine[]): ClaimLine[] {
  if (extras.length === 0) return visitLines;
  const sortedExtras = sortExtras(extras);
  const merged: ClaimLine[] = [];
  let v = 0;
  for (const extra of sortedExtras) {
    const date = extra.date ?? '';
    while (v < visitLines.length) {
      const visitDate = visitLines[v]!.date ?? '';
      if (visitDate < date || (visitDate === date && extra.kind !== 'location'))
        merged.push(visitLines[v++]!);
      else break;
    }
    merged.push(extra);
  }
  while (v < visitLines.length) merged.push(visitLines[v++]!);
  return merged;
}

/**
 * The 0023 line's date: on the first period of an admission (admission date = From date)
 * Medicare requires it to match those dates; otherwise the first visit's date (C10 §40.2).
 */
function hippsLineDate(claim: NormalClaim, byDate: readonly DatedVisitLine[]): string | null {
  if (claim.admissionDate !== undefined && claim.admissionDate === claim.from)
    return claim.admissionDate;
  return byDate[0]?.line.date ?? claim.from ?? null;
}

export function assembleClaimLines(
  index: CodeIndex,
  payer: PayerIndex,
  claim: NormalClaim,
  lines: readonly VisitLineResult[],
  byDate: readonly DatedVisitLine[],
  dateOrder: readonly number[],
): ClaimLine[] {
  // UB-04 order: revenue code, then date. Visit lines are added in date order, so each
  // revenue code's group is already sorted; only location and item lines need merging in.
  const visitsByRevenue = new Map<string, ClaimLine[]>();
  for (const i of dateOrder) {
    const line = lines[i]!;
    if (line.revenueCode === null) continue;
    const visit = claim.visits[i];
    const chargeCents = visit?.chargeCents;
    // Built in place (not through withCharge): one object per visit on the hot path.
    const claimLine: ClaimLine = {
      kind: 'visit',
      revenueCode: line.revenueCode,
      hcpcs: line.hcpcs,
      date: line.date,
      units: line.units,
      charge: chargeCents === undefined ? undefined : chargeCents / 100,
      chargeCents,
      visitIds: [line.id],
      itemId: undefined,
      modifiers: visit && visit.modifiers.length > 0 ? visit.modifiers : undefined,
    };
    const group = visitsByRevenue.get(line.revenueCode);
    if (group) group.push(claimLine);
    else visitsByRevenue.set(line.revenueCode, [claimLine]);
  }
  const extrasByRevenue = new Map<string, ClaimLine[]>();
  const addExtra = (line: ClaimLine): void => {
    const group = extrasByRevenue.get(line.revenueCode);
    if (group) group.push(line);
    else extrasByRevenue.set(line.revenueCode, [line]);
  };
  for (const line of locationLines(index, payer, claim, byDate)) addExtra(line);
  for (const item of claim.items) {
    if (item.revenueCode === undefined) continue;
    addExtra(
      withCharge(
        {
          kind: 'item',
          revenueCode: item.revenueCode,
          hcpcs: item.hcpcs ?? null,
          date: item.date ?? null,
          units: item.units,
          visitIds: [],
          itemId: item.id,
        },
        item.chargeCents,
      ),
    );
  }
  const sorted: ClaimLine[] = [];
  if (
    payer.profile.medicareClaimRules &&
    claim.hipps !== undefined &&
    claim.billType.startsWith('032')
  ) {
    sorted.push(
      withCharge(
        {
          kind: 'hipps',
          revenueCode: HIPPS_REVENUE_CODE,
          hcpcs: claim.hipps,
          date: hippsLineDate(claim, byDate),
          units: 1,
          visitIds: [],
          modifiers: claim.hippsModifiers.length > 0 ? claim.hippsModifiers : undefined,
        },
        0,
      ),
    );
  }
  const revenueCodes = [...new Set([...visitsByRevenue.keys(), ...extrasByRevenue.keys()])].sort();
  for (const revenueCode of revenueCodes) {
    const group = mergeByDate(
      visitsByRevenue.get(revenueCode) ?? [],
      extrasByRevenue.get(revenueCode) ?? [],
    );
    for (const line of group) sorted.push(line);
  }
  return sorted;
}
