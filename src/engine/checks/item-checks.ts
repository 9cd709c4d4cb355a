// Checks on non-visit items (supplies, devices, drugs): a HCPCS code where the revenue code needs
// one, a revenue code known and valid on the type of bill, dates within the period, and for a
// HCPCS code in the tables, its revenue group, the types of bill it goes on, and its dates. An
// id shared with a visit line check (code-not-effective) is the same finding about an item.
import type { HcpcsRow } from '../../data/schema.ts';
import type { NormalItem } from '../normal-claim.ts';
import { isEffectiveOn } from '../dates.ts';
import { notEffectiveReason } from '../wording.ts';
import { one, type Issue } from './check.ts';
import type { ClaimCheck, ClaimContext } from './claim-context.ts';

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
    id: 'hcpcs-required',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) => {
        const revenue =
          item.revenueCode === undefined ? undefined : index.revenue.get(item.revenueCode);
        return revenue?.requiresHcpcs && item.hcpcs === undefined
          ? one(
              `Revenue code ${revenue.code} (${revenue.description}) needs a HCPCS code on its line. Enter the HCPCS code for item ${item.id}.`,
              { lineId: item.id, field: `${item.field}.hcpcs` },
            )
          : [];
      }),
  },
  {
    // The 032x/034x split of revenue codes is Medicare's (the CGS codes page, C10 §90); RP005
    // lets BCBSIL facility claims use either type of bill with its revenue codes.
    id: 'revenue-not-valid-on-bill-type',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) => {
        const revenue =
          item.revenueCode === undefined ? undefined : index.revenue.get(item.revenueCode);
        if (!revenue || revenue.billTypes.includes(claim.billTypePrefix)) return [];
        // An exception for this item's code on this type of bill, e.g. 0559 for dNPWT on 034x.
        const exception = revenue.billTypeExceptions.find(
          (entry) =>
            entry.billType === claim.billTypePrefix &&
            item.hcpcs !== undefined &&
            entry.hcpcs.includes(item.hcpcs),
        );
        const through = claim.through ?? item.date;
        if (exception && through !== undefined && isEffectiveOn(exception, through)) return [];
        const lapsed = exception
          ? ` Its exception for ${exception.hcpcs.join('/')} covers only claims with Through dates from ${exception.effectiveFrom ?? 'any date'} to ${exception.effectiveTo ?? 'today'}.`
          : '';
        return one(
          `Revenue code ${revenue.code} (${revenue.description}) is not valid on type of bill ${claim.billType}; it belongs on ${revenue.billTypes.map((type) => `${type}x`).join(' or ')}.${lapsed}`,
          { lineId: item.id, field: `${item.field}.revenueCode` },
        );
      }),
  },
  {
    id: 'invalid-input',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) =>
        item.revenueCode !== undefined && !index.revenue.has(item.revenueCode)
          ? one(
              `${item.field}.revenueCode: ${item.revenueCode} is not a revenue code used on home health claims (for example 0270-0274, 0279, 029X, 060X, 0623, 0636, 0771). Check the code.`,
              { lineId: item.id, field: `${item.field}.revenueCode` },
            )
          : [],
      ),
  },
  {
    id: 'item-outside-period',
    run: ({ claim }) => {
      const { from, through } = claim;
      if (from === undefined && through === undefined) return [];
      const issues: Issue[] = [];
      for (const item of claim.items) {
        const date = item.date;
        if (date === undefined) continue;
        const message =
          from !== undefined && date < from
            ? `Item ${item.id} is dated ${date}, before the period starts (${from}). Move it to the claim for its own period, or correct the date.`
            : through !== undefined && date > through
              ? `Item ${item.id} is dated ${date}, after the period ends (${through}). Move it to the claim for its own period, or correct the date.`
              : undefined;
        if (message !== undefined)
          issues.push({ message, lineId: item.id, field: `${item.field}.date` });
      }
      return issues;
    },
  },
  {
    id: 'revenue-hcpcs-mismatch',
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): Issue[] => {
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
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): Issue[] =>
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
    run: (context) =>
      codedItems(context).flatMap(({ item, row }): Issue[] => {
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
