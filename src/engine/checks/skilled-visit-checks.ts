// Checks on what a period's visits qualify for: a period claim with no skilled visit (only aide
// or social work visits) is returned, always on the admission's first period and on a later one
// unless condition code 54 says a documented policy exception applies (CR 9497, MLN Matters
// MM9474); a period with only telehealth or monitoring lines has no billable visit at all.
import { isEffectiveOn } from '../dates.ts';
import { one } from './check.ts';
import { isPeriodClaim, periodStart, type ClaimCheck, type ClaimContext } from './claim-context.ts';

/** Condition code 54: no skilled visits in the billing period, a policy exception documented. */
const NO_SKILLED_VISITS = '54';

function isFirstPeriod({ claim }: ClaimContext): boolean {
  return claim.admissionDate !== undefined && claim.admissionDate === claim.from;
}

/** Whether condition code 54 is reported and was in use on the period's first day. */
function reportsException(context: ClaimContext): boolean {
  if (!context.claim.conditionCodes.includes(NO_SKILLED_VISITS)) return false;
  const row = context.index.conditionCodes.get(NO_SKILLED_VISITS);
  const start = periodStart(context);
  return row !== undefined && (start === undefined || isEffectiveOn(row, start));
}

export const skilledVisitChecks: readonly ClaimCheck[] = [
  {
    id: 'no-skilled-visit',
    run: (context) => {
      const { index, byDate } = context;
      if (!isPeriodClaim(context) || byDate.length === 0) return [];
      for (const { line } of byDate)
        if (line.basis.discipline !== null && index.disciplines.get(line.basis.discipline)?.skilled)
          return [];
      const visits = `${byDate.length} visit${byDate.length === 1 ? '' : 's'}`;
      if (isFirstPeriod(context))
        return one(
          `This period has ${visits} and none is skilled (nursing or therapy): only aide or social work visits. Medicare returns the first period of an admission without a skilled visit, with or without condition code ${NO_SKILLED_VISITS}. Add the skilled visits the period had, or bill it as non-covered.`,
          { field: 'claim.visits' },
        );
      if (reportsException(context)) return [];
      return one(
        `This period has ${visits} and none is skilled (nursing or therapy): only aide or social work visits. Medicare returns it unless condition code ${NO_SKILLED_VISITS} is reported. Add any skilled visit left off; if the skilled visits planned could not be made and the exception is documented (an unexpected inpatient stay, say), add condition code ${NO_SKILLED_VISITS}; otherwise bill the period as non-covered.`,
        { field: 'claim.conditionCodes' },
      );
    },
  },
  {
    id: 'telehealth-only-period',
    run: (context) => {
      const { lines, byDate } = context;
      if (!isPeriodClaim(context) || lines.length === 0 || byDate.length > 0) return [];
      for (const line of lines) if (line.basis.mode === 'in-person') return [];
      return one(
        `Every line of this period is a telehealth or remote monitoring service (${lines.length} line${lines.length === 1 ? '' : 's'}), and these are not visits: the period has no billable visit. CMS asks agencies not to send a claim for a period with only such services. If in-person visits were made, add them; otherwise do not submit this claim.`,
        { field: 'claim.visits' },
      );
    },
  },
];
