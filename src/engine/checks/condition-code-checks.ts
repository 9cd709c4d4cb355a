// Checks on condition codes: 21 on the no-payment bill only, C3 with its M0 span, one claim change
// reason that fits the type of bill (D9 with Remarks), A6 with a vaccine on 034x, and known codes
// entered once.
import { listOfCodes } from '../claim-rule-facts.ts';
import { one, type Issue } from './check.ts';
import { markRepeats, type ClaimCheck, type ClaimContext } from './claim-context.ts';

/** Condition code C3 (partial approval) comes with occurrence span M0, the approved dates. */
const PARTIAL_APPROVAL = 'C3';
const APPROVED_STAY = 'M0';
const DENIAL_NOTICE = '21';
/** A no-pay bill (0320) for a period whose OASIS was not submitted carries D2, not 21 (C10 §10.1.19.3). */
const OASIS_DENIAL_REASON = 'D2';

function claimChangeReasons(context: ClaimContext): string[] {
  return context.claim.conditionCodes.filter(
    (code) => context.index.conditionCodes.get(code)?.claimChangeReason === true,
  );
}

/** Claim change reason D9 (any other change) needs Remarks (CGS reason code 37541). */
const ANY_OTHER_CHANGE = 'D9';

export const conditionCodeChecks: readonly ClaimCheck[] = [
  {
    id: 'condition-21-missing',
    run: ({ index, claim }) =>
      claim.billType === index.claimRules.noPaymentBill &&
      !claim.conditionCodes.includes(DENIAL_NOTICE) &&
      !claim.conditionCodes.includes(OASIS_DENIAL_REASON)
        ? one(
            `A no-payment bill (${claim.billType}) needs condition code ${DENIAL_NOTICE} (billing for a denial notice); Medicare returns it otherwise. Add condition code ${DENIAL_NOTICE}. If the bill denies a period because its OASIS was never submitted, use condition code ${OASIS_DENIAL_REASON} with occurrence span 77 instead of ${DENIAL_NOTICE}.`,
            { field: 'claim.conditionCodes' },
          )
        : [],
  },
  {
    id: 'condition-21-invalid',
    run: ({ index, claim }) => {
      const noPaymentBill = index.claimRules.noPaymentBill;
      return claim.billType !== noPaymentBill && claim.conditionCodes.includes(DENIAL_NOTICE)
        ? one(
            `Condition code ${DENIAL_NOTICE} (billing for a denial notice) goes only on a no-payment bill (${noPaymentBill ?? ''}); Medicare returns a ${claim.billType} claim that carries it. Remove ${DENIAL_NOTICE}, or send the bill as type ${noPaymentBill ?? ''} with every line non-covered.`,
            { field: 'claim.conditionCodes' },
          )
        : [];
    },
  },
  {
    id: 'condition-c3-needs-m0',
    run: ({ claim }) =>
      claim.conditionCodes.includes(PARTIAL_APPROVAL) &&
      !claim.occurrenceSpanCodes.some((span) => span.code === APPROVED_STAY)
        ? one(
            `Condition code ${PARTIAL_APPROVAL} (partial approval after review) needs occurrence span code ${APPROVED_STAY} with the approved from and through dates. Add the ${APPROVED_STAY} span, or remove ${PARTIAL_APPROVAL} if nothing was denied.`,
            { field: 'claim.occurrenceSpanCodes' },
          )
        : [],
  },
  {
    id: 'claim-change-reason-missing',
    run: (context) => {
      const { billType } = context.claim;
      const reasons = context.index.claimRules.changeReasonsByBillType.get(billType);
      return reasons !== undefined && claimChangeReasons(context).length === 0
        ? one(
            `Type of bill ${billType} needs a claim change reason code in the condition codes (${listOfCodes(reasons)}).`,
            { field: 'claim.conditionCodes' },
          )
        : [];
    },
  },
  {
    id: 'claim-change-reason-invalid',
    run: (context) =>
      claimChangeReasons(context).flatMap((code) => {
        const row = context.index.conditionCodes.get(code);
        if (!row?.billType || row.billType === context.claim.billType) return [];
        const { billType } = context.claim;
        const { noPaymentBill, changeReasonsByBillType } = context.index.claimRules;
        if (code === OASIS_DENIAL_REASON && billType === noPaymentBill) return [];
        const takesReasons = changeReasonsByBillType.has(billType);
        return one(
          `Claim change reason ${code} (${row.description}) goes with type of bill ${row.billType}, not ${billType}. Use a reason code for ${billType}${takesReasons ? '' : ', or change the type of bill'}.`,
          { field: 'claim.conditionCodes' },
        );
      }),
  },
  {
    id: 'claim-change-reason-multiple',
    run: (context) => {
      const reasons = claimChangeReasons(context);
      return reasons.length > 1
        ? one(
            `This claim has ${reasons.length} claim change reason codes (${reasons.join(', ')}); use one. When several changes apply, use D9 and explain them in Remarks.`,
            { field: 'claim.conditionCodes' },
          )
        : [];
    },
  },
  {
    id: 'remarks-missing-for-d9',
    run: ({ claim }) =>
      claim.conditionCodes.includes(ANY_OTHER_CHANGE) &&
      (claim.remarks === undefined || claim.remarks.trim() === '')
        ? one(
            `Claim change reason ${ANY_OTHER_CHANGE} (any other change) needs Remarks that say what is being changed; without them the adjustment is returned (CGS reason code 37541). Explain the change in Remarks.`,
            { field: 'claim.remarks' },
          )
        : [],
  },
  {
    id: 'condition-a6-invalid',
    run: ({ claim }) => {
      if (!claim.conditionCodes.includes('A6')) return [];
      if (!claim.billType.startsWith('034'))
        return one(
          `Condition code A6 goes only on a 034x claim; this is ${claim.billType}. Remove A6 or bill the vaccine on 034x.`,
          { field: 'claim.conditionCodes' },
        );
      return claim.items.some((item) => item.revenueCode === '0636')
        ? []
        : one(
            'Condition code A6 needs a vaccine line on revenue code 0636. Add the 0636 line or remove A6.',
            { field: 'claim.conditionCodes' },
          );
    },
  },
  {
    id: 'condition-code-unknown',
    run: ({ index, claim }) => {
      const repeats = markRepeats(claim.conditionCodes);
      return claim.conditionCodes.flatMap((code, position) =>
        index.conditionCodes.has(code) || repeats[position]
          ? []
          : one(
              `Condition code ${code} is not in this tool's tables. Check it against the payer's list of condition codes, and remove it if it does not apply.`,
              { field: 'claim.conditionCodes' },
            ),
      );
    },
  },
  {
    id: 'condition-code-duplicate',
    run: ({ claim }) => {
      const codes = claim.conditionCodes;
      if (codes.length < 2) return [];
      // A Map keeps the codes in the order they were first entered.
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
      const issues: Issue[] = [];
      for (const [code, count] of counts)
        if (count > 1)
          issues.push({
            message: `Condition code ${code} is entered ${count} times. Enter it once.`,
            field: 'claim.conditionCodes',
          });
      return issues;
    },
  },
];
