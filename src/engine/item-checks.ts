// Checks on non-visit items (supplies, devices, drugs) whose HCPCS code is in the tables: the
// code's revenue group, the types of bill it goes on, and its dates. Each entry's id is a
// findings catalogue id shared with the visit line check of the same kind.
import type { HcpcsRow } from '../data/schema.ts';
import type { ClaimCheck, ClaimContext, ClaimIssue } from './claim-checks.ts';
import type { NormalItem } from './claim-input.ts';
import { isEffectiveOn } from './dates.ts';
import { notEffectiveReason } from './wording.ts';

/** Items with a non-visit HCPCS code of the claim's payer, with that code's table row. */
function codedItems({ index, payer, claim }: ClaimContext): { item: NormalItem; row: HcpcsRow }[] {
  const coded: { item: NormalItem; row: HcpcsRow }[] = [];
  for (const item of claim.items) {
    const row = item.hcpcs === undefined ? undefined : index.hcpcs.get(item.hcpcs);
    if (
      row &&
      (row.kind === 'supply' || row.kind === 'drug') &&
      row.payers.includes(payer.profile.id)
    )
      coded.push({ item, row });
  }
  return coded;
}

/** The item's date of service: its own date, else the claim's Through (or From) date. */
function serviceDate(item: NormalItem, context: ClaimContext): string | undefined {
  return item.date ?? context.claim.through ?? context.claim.from;
}

export const itemChecks: readonly ClaimCheck[] = [
  {
    id: 'revenue-hcpcs-mismatch',
    scope: 'all',
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): ClaimIssue[] => {
        const revenue = item.revenueCode;
        if (revenue === undefined || row.revenueGroup === null) return [];
        const inGroup = revenue.slice(0, 3) === row.revenueGroup.slice(0, 3);
        if (inGroup && !row.excludedRevenueCodes.includes(revenue)) return [];
        const not =
          row.excludedRevenueCodes.length > 0
            ? ` (not ${row.excludedRevenueCodes.join(', ')})`
            : '';
        return [
          {
            message: `${row.code} (${row.description}) is billed under ${row.revenueGroup}${not}, but item ${item.id} is on ${revenue}. Change the item's revenue code.`,
            lineId: item.id,
            field: `${item.field}.revenueCode`,
            about: row.source,
          },
        ];
      }),
  },
  {
    id: 'hcpcs-not-valid-on-bill-type',
    scope: 'all',
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): ClaimIssue[] =>
        row.billTypes === undefined || row.billTypes.includes(context.claim.billTypePrefix)
          ? []
          : [
              {
                message: `${row.code} (${row.description}) is billed on ${row.billTypes.map((type) => `${type}x`).join(' or ')} claims, not on ${context.claim.billType}. Move item ${item.id} to the claim for its period.`,
                lineId: item.id,
                field: `${item.field}.hcpcs`,
                about: row.source,
              },
            ],
      ),
  },
  {
    id: 'code-not-effective',
    scope: 'all',
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): ClaimIssue[] => {
        const date = serviceDate(item, context);
        if (date === undefined || isEffectiveOn(row, date)) return [];
        const { ended, reason } = notEffectiveReason(row, date);
        const then = ended
          ? row.replacedBy.length > 0
            ? ` It was replaced by ${row.replacedBy.join(' or ')}.`
            : ''
          : ` Check the date; ${row.code}'s entry in the reference says how such items were billed before.`;
        return [
          {
            message: `${row.code} ${reason}, so it is not valid for item ${item.id} on ${date}.${then}`,
            lineId: item.id,
            field: `${item.field}.hcpcs`,
            about: row.source,
          },
        ];
      }),
  },
];
