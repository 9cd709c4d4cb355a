// Checks on the type of bill: whether it is accepted, the RAP's end, and 034x bills within one
// calendar year.
import { addDays } from '../dates.ts';
import { one } from './check.ts';
import { periodStart, type ClaimCheck } from './claim-context.ts';

export const billTypeChecks: readonly ClaimCheck[] = [
  {
    id: 'bill-type-not-accepted',
    run: ({ index, claim }) => {
      const row = index.billTypes.get(claim.billType);
      return row && !row.accepted
        ? one(
            `Type of bill ${claim.billType} (${row.description}) is not accepted for home health. ${row.rules ?? ''}`.trim(),
            { field: 'claim.billType' },
          )
        : [];
    },
  },
  {
    id: 'rap-discontinued',
    run: (context) => {
      const { rap, periodClaimBill } = context.index.claimRules;
      const start = periodStart(context);
      if (rap?.effectiveTo === undefined || context.claim.billType !== rap.code) return [];
      const ended = addDays(rap.effectiveTo, 1);
      return start !== undefined && start >= ended
        ? one(
            `RAPs (${rap.code}) are not accepted for periods from ${ended}; this period starts ${start}. Send a Notice of Admission (${rap.replacedBy.join(' or ')}) once per admission, then the period claim (${periodClaimBill ?? ''}).`,
            { field: 'claim.billType' },
          )
        : [];
    },
  },
  {
    id: 'bill-034x-spans-years',
    run: ({ claim }) => {
      if (claim.billTypePrefix !== '034' || claim.from === undefined || claim.through === undefined)
        return [];
      const fromYear = claim.from.slice(0, 4);
      if (claim.through.slice(0, 4) === fromYear) return [];
      const nextYear = String(Number(fromYear) + 1);
      return one(
        `This ${claim.billType} bill runs from ${claim.from} to ${claim.through}, across the end of ${fromYear}; a 034x bill stays within one calendar year so each year's Part B deductible applies. Split it into a bill ending ${fromYear}-12-31 and one starting ${nextYear}-01-01.`,
        { field: 'claim.through' },
      );
    },
  },
];
