// Checks on the lines a claim carries besides its visits: exactly one 0023 (HIPPS) line, the
// location Q-code line made from the first visit's setting, and a charge on every visit line.
import { one, type Issue } from './check.ts';
import { isPeriodClaim, periodStart, type ClaimCheck } from './claim-context.ts';

const HIPPS_REVENUE_CODE = '0023';

export const claimLineChecks: readonly ClaimCheck[] = [
  {
    id: 'hipps-line-duplicate',
    run: ({ claim }) => {
      // The claim makes its own 0023 line from the HIPPS code on a 032x claim.
      const fromHipps = claim.hipps !== undefined && claim.billTypePrefix === '032';
      let hippsLines = fromHipps ? 1 : 0;
      const issues: Issue[] = [];
      for (const item of claim.items) {
        if (item.revenueCode !== HIPPS_REVENUE_CODE) continue;
        if (hippsLines > 0)
          issues.push({
            message: fromHipps
              ? `Item ${item.id} is a second ${HIPPS_REVENUE_CODE} (HIPPS) line; the claim already has one, made from HIPPS code ${claim.hipps}, and a claim carries exactly one. Remove item ${item.id}.`
              : `Item ${item.id} is another ${HIPPS_REVENUE_CODE} (HIPPS) line, and a claim carries exactly one. Remove item ${item.id}, and enter the HIPPS code in the claim's HIPPS field rather than as an item.`,
            lineId: item.id,
            field: `${item.field}.revenueCode`,
          });
        hippsLines++;
      }
      return issues;
    },
  },
  {
    id: 'location-missing',
    run: (context) => {
      const { payer, byDate } = context;
      const first = byDate[0];
      if (
        !payer.profile.locationLines ||
        !isPeriodClaim(context) ||
        !first ||
        first.visit.setting !== undefined
      )
        return [];
      // Periods beginning before the location Q-codes existed (Q5001's row) report no location.
      const start = periodStart(context);
      const codesStart = context.index.claimRules.locationCodesStart;
      if (start !== undefined && codesStart !== undefined && start < codesStart) return [];
      return one(
        `The first visit (${first.line.date}) has no setting, so no location line (Q5001 home, Q5002 assisted living, Q5009 other) can be added. Enter where the visit took place.`,
        { lineId: first.line.id, field: `${first.visit.field}.setting` },
      );
    },
  },
  {
    id: 'hipps-missing',
    run: (context) =>
      isPeriodClaim(context) && context.claim.hipps === undefined && context.claim.visits.length > 0
        ? one(
            `Enter the HIPPS code: a ${context.claim.billType} claim without its ${HIPPS_REVENUE_CODE} line is returned (reason code 32243). The line carries the HIPPS code with zero charge, dated the first visit (the admission date on the first period of an admission).`,
            { field: 'claim.hipps' },
          )
        : [],
  },
  {
    id: 'visit-charges-missing',
    run: (context) => {
      const { index, claim, lines } = context;
      if (!isPeriodClaim(context)) return [];
      if (claim.visits.length === 0)
        return claim.billType === index.claimRules.periodClaimBill
          ? one(
              `This ${claim.billType} claim has no visit lines. A period claim needs every visit of the period in line detail, each with its charge; add the visits.`,
              { field: 'claim.visits' },
            )
          : [];
      // Every visit revenue line needs its charge; telehealth and monitoring lines are not visits.
      const issues: Issue[] = [];
      claim.visits.forEach((visit, position) => {
        if (visit.chargeCents !== undefined && visit.chargeCents > 0) return;
        const line = lines[position];
        if (line?.basis.mode !== 'in-person') return;
        issues.push({
          message: `This visit line${line.date === null ? '' : ` (${line.date})`} has no charge, and Medicare returns a ${claim.billType} claim with any visit line without one (reason code 32243). Enter the visit's charge.`,
          lineId: visit.id,
          field: `${visit.field}.charge`,
        });
      });
      return issues;
    },
  },
];
