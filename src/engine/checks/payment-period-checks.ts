// Checks on the unit of payment: the period's length (30 days, or a 60-day episode before PDGM),
// the LUPA threshold, and the Notice of Admission's timeliness.
import { isFinalHomeHealthClaim } from '../claim-lines.ts';
import { addDays, daysBetween } from '../dates.ts';
import { one } from './check.ts';
import { periodStart, type ClaimCheck } from './claim-context.ts';

const PDGM_START = '2020-01-01';
const NOA_START = '2022-01-01';
const MAX_PERIOD_DAYS = 30;
/** Before PDGM (periods from 2020-01-01) the unit of payment was the 60-day episode. */
const MAX_EPISODE_DAYS = 60;
const NOA_TIMELY_DAYS = 5;
/** A LUPA threshold is never below 2: a period with 1 visit is always a LUPA. */
const DEFAULT_LUPA_THRESHOLD = 2;
/** Episodes beginning before 2020-01-01 were a LUPA at 4 visits or fewer: fewer than 5. */
const EPISODE_LUPA_THRESHOLD = 5;

/** A late-NOA cut of `days`/30 as a percentage with one decimal. */
function percentOf(days: number): number {
  return Math.round((days / MAX_PERIOD_DAYS) * 1000) / 10;
}

export const paymentPeriodChecks: readonly ClaimCheck[] = [
  {
    id: 'period-too-long',
    scope: 'medicare',
    run: ({ claim }) => {
      if (
        !claim.billType.startsWith('032') ||
        claim.from === undefined ||
        claim.through === undefined
      )
        return [];
      const days = daysBetween(claim.from, claim.through) + 1;
      if (claim.from < PDGM_START)
        return days > MAX_EPISODE_DAYS
          ? one(
              `The episode ${claim.from} to ${claim.through} is ${days} days; episodes beginning before ${PDGM_START} are at most ${MAX_EPISODE_DAYS} days. End this claim on day ${MAX_EPISODE_DAYS} (${addDays(claim.from, MAX_EPISODE_DAYS - 1)}) and bill the rest as the next episode.`,
              { field: 'claim.through' },
            )
          : [];
      return days > MAX_PERIOD_DAYS
        ? one(
            `The period ${claim.from} to ${claim.through} is ${days} days; periods from ${PDGM_START} are at most ${MAX_PERIOD_DAYS} days. End this claim on day 30 and bill the rest as the next period.`,
            { field: 'claim.through' },
          )
        : [];
    },
  },
  {
    id: 'lupa-risk',
    scope: 'medicare',
    run: (context) => {
      const { claim, byDate, lines } = context;
      if (!isFinalHomeHealthClaim(claim.billType) || lines.length === 0) return [];
      const visits = byDate.length;
      const visitCount = `${visits} in-person visit${visits === 1 ? '' : 's'}`;
      let remote = 0;
      for (const line of lines) if (line.basis.mode !== 'in-person') remote++;
      const remoteNote =
        remote > 0
          ? ` ${remote} telehealth or monitoring line${remote === 1 ? ' does' : 's do'} not count as visits.`
          : '';
      const start = periodStart(context);
      if (start !== undefined && start < PDGM_START) {
        if (visits >= EPISODE_LUPA_THRESHOLD) return [];
        const entered =
          claim.lupaThreshold === undefined
            ? ''
            : ` The LUPA threshold entered (${claim.lupaThreshold}) is for 30-day periods from ${PDGM_START}; it does not apply here.`;
        return one(
          `${visitCount} in an episode beginning ${start}: episodes beginning before ${PDGM_START} with ${EPISODE_LUPA_THRESHOLD - 1} visits or fewer are paid per visit (LUPA). If visits of the episode are missing from the claim, add them.${entered}${remoteNote}`,
        );
      }
      const entered = claim.lupaThreshold;
      const threshold = Math.max(entered ?? DEFAULT_LUPA_THRESHOLD, DEFAULT_LUPA_THRESHOLD);
      const whose =
        entered === undefined
          ? "the minimum; enter the HIPPS code's own threshold for a firmer answer"
          : entered < DEFAULT_LUPA_THRESHOLD
            ? `entered as ${entered}, but no threshold is below ${DEFAULT_LUPA_THRESHOLD}`
            : 'as entered';
      return visits < threshold
        ? one(
            `${visitCount}, fewer than the LUPA threshold of ${threshold} (${whose}): the period would be paid per visit. If visits of the period are missing from the claim, add them.${remoteNote}`,
          )
        : [];
    },
  },
  {
    id: 'noa-late',
    scope: 'medicare',
    run: ({ claim }) => {
      const admission = claim.admissionDate;
      const accepted = claim.noaAcceptedDate;
      if (admission === undefined || accepted === undefined || admission < NOA_START) return [];
      const days = daysBetween(admission, accepted);
      if (days <= NOA_TIMELY_DAYS) return [];
      const extra = { field: 'claim.noaAcceptedDate' };
      // The late days run from the admission date, so they reach a later period of the same
      // admission only when the NOA was accepted after that period's From date.
      if (claim.from !== undefined && claim.from > admission) {
        const daysInPeriod = daysBetween(claim.from, accepted);
        if (daysInPeriod <= 0) return [];
        const cut = Math.min(daysInPeriod, MAX_PERIOD_DAYS);
        return one(
          `The NOA was accepted ${days} days after admission (${admission} to ${accepted}), ${daysInPeriod} day${daysInPeriod === 1 ? '' : 's'} into this later period (From ${claim.from}). A late NOA also cuts each later period it reaches: this period's payment is cut by ${cut}/30 (${percentOf(cut)}%), which the agency cannot bill the patient. If an exception applies, explain it in Remarks.`,
          extra,
        );
      }
      const cut = Math.min(days, MAX_PERIOD_DAYS);
      return one(
        `The NOA was accepted ${days} days after admission (${admission} to ${accepted}); it is timely within ${NOA_TIMELY_DAYS}. The period payment is cut by ${cut}/30 (${percentOf(cut)}%), which the agency cannot bill the patient. If an exception applies, explain it in Remarks.`,
        extra,
      );
    },
  },
];
