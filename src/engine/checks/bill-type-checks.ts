// Checks on the type of bill: whether it is accepted, the RAP's end, and 034x bills within one
// calendar year.
import { one } from './check.ts';
import { periodStart, type ClaimCheck } from './claim-context.ts';

const NOA_START = '2022-01-01';

export const billTypeChecks: readonly ClaimCheck[] = [
  {
    id: 'bill-type-not-accepted',
    scope: 'medicare',
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
    scope: 'medicare',
    run: (context) => {
      const start = periodStart(context);
      return context.claim.billType === '0322' && start !== undefined && start >= NOA_START
        ? one(
            `RAPs (0322) are not accepted for periods from ${NOA_START}; this period starts ${start}. Send a Notice of Admission (032A) once per admission, then the period claim (0329).`,
            { field: 'claim.billType' },
          )
        : [];
    },
  },
  {
    id: 'bill-034x-spans-years',
    scope: 'medicare',
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
