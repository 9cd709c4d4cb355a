// Assembles the UB-04 service lines: the 0023 HIPPS line, one line per visit, the location
// Q-code lines, and non-visit items as entered. Sorted by revenue code, then date, as on the form.
import type { NormalClaim, NormalVisit } from './claim-input.ts';
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

/** Stable sort by a string key: buckets by key, then sorts only the distinct keys (few dates, few codes). */
function sortByKey<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  // Visits are usually entered in date order: nothing to do then.
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i++)
    inOrder = keyOf(items[i - 1]!) <= keyOf(items[i]!);
  if (inOrder) return [...items];
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(item);
    else buckets.set(key, [item]);
  }
  const sorted: T[] = [];
  for (const key of [...buckets.keys()].sort()) sorted.push(...buckets.get(key)!);
  return sorted;
}

/** In-person visit lines with a date, in date order (entry order within a day). */
export function inPersonVisitsByDate(
  lines: readonly VisitLineResult[],
  visits: readonly NormalVisit[],
): DatedVisitLine[] {
  const dated: DatedVisitLine[] = [];
  for (let i = 0; i < lines.length; i++) {
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
  return sortByKey(dated, (entry) => entry.line.date!);
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
  };
}

export function locationLines(
  index: CodeIndex,
  payer: PayerIndex,
  claim: NormalClaim,
  byDate: readonly DatedVisitLine[],
): ClaimLine[] {
  if (!payer.profile.locationLines || !isFinalHomeHealthClaim(claim.billType)) return [];
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

/** Claims that carry visit lines: the final claim and its adjustment. */
export function isFinalHomeHealthClaim(billType: string): boolean {
  return billType === '0329' || billType === '0327';
}

/** UB-04 order: revenue code, then date; on one date the location line precedes the visits. */
function sortClaimLines(lines: readonly ClaimLine[]): ClaimLine[] {
  const byRevenue = new Map<string, ClaimLine[]>();
  for (const line of lines) {
    const group = byRevenue.get(line.revenueCode);
    if (group) group.push(line);
    else byRevenue.set(line.revenueCode, [line]);
  }
  const sorted: ClaimLine[] = [];
  for (const revenueCode of [...byRevenue.keys()].sort()) {
    const group = byRevenue.get(revenueCode)!;
    const locationsFirst = group
      .filter((line) => line.kind === 'location')
      .concat(group.filter((line) => line.kind !== 'location'));
    sorted.push(...sortByKey(locationsFirst, (line) => line.date ?? ''));
  }
  return sorted;
}

export function assembleClaimLines(
  index: CodeIndex,
  payer: PayerIndex,
  claim: NormalClaim,
  lines: readonly VisitLineResult[],
  byDate: readonly DatedVisitLine[],
): ClaimLine[] {
  const claimLines: ClaimLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.revenueCode === null) continue;
    const chargeCents = claim.visits[i]?.chargeCents;
    // Built in place (not through withCharge): one object per visit on the hot path.
    claimLines.push({
      kind: 'visit',
      revenueCode: line.revenueCode,
      hcpcs: line.hcpcs,
      date: line.date,
      units: line.units,
      charge: chargeCents === undefined ? undefined : chargeCents / 100,
      chargeCents,
      visitIds: [line.id],
      itemId: undefined,
    });
  }
  claimLines.push(...locationLines(index, payer, claim, byDate));
  for (const item of claim.items) {
    if (item.revenueCode === undefined) continue;
    claimLines.push(
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
  const sorted = sortClaimLines(claimLines);
  if (
    payer.profile.medicareClaimRules &&
    claim.hipps !== undefined &&
    claim.billType.startsWith('032')
  ) {
    sorted.unshift(
      withCharge(
        {
          kind: 'hipps',
          revenueCode: HIPPS_REVENUE_CODE,
          hcpcs: claim.hipps,
          date: byDate[0]?.line.date ?? claim.from ?? null,
          units: 1,
          visitIds: [],
        },
        0,
      ),
    );
  }
  return sorted;
}
