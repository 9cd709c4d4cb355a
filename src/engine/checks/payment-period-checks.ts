// Checks on the unit of payment: the period's length (30 days, or a 60-day episode before PDGM),
// the LUPA threshold, and the Notice of Admission's timeliness.
// The numbers and dates are claim rule settings (claim-rules.json); the NOA's first day is 032A's.
import { addDays, daysBetween } from '../dates.ts';
import { lateNoaOf } from '../late-noa.ts';
import { one } from './check.ts';
import { isPeriodClaim, periodStart, type ClaimCheck } from './claim-context.ts';

/** A late-NOA cut of `days`/`periodDays` as a percentage with one decimal. */
function percentOf(days: number, periodDays: number): number {
  return Math.round((days / periodDays) * 1000) / 10;
}

export const paymentPeriodChecks: readonly ClaimCheck[] = [
  {
    id: 'period-too-long',
    run: ({ index, claim }) => {
      const { pdgmStart, periodDays, episodeDays } = index.claimRules.settings;
      const pdgmFrom = pdgmStart.value;
      const maxPeriodDays = periodDays.value;
      const maxEpisodeDays = episodeDays.value;
      if (
        !claim.billType.startsWith('032') ||
        claim.from === undefined ||
        claim.through === undefined
      )
        return [];
      const days = daysBetween(claim.from, claim.through) + 1;
      if (claim.from < pdgmFrom)
        return days > maxEpisodeDays
          ? one(
              `The episode ${claim.from} to ${claim.through} is ${days} days; episodes beginning before ${pdgmFrom} are at most ${maxEpisodeDays} days. End this claim on day ${maxEpisodeDays} (${addDays(claim.from, maxEpisodeDays - 1)}) and bill the rest as the next episode.`,
              { field: 'claim.through' },
            )
          : [];
      return days > maxPeriodDays
        ? one(
            `The period ${claim.from} to ${claim.through} is ${days} days; periods from ${pdgmFrom} are at most ${maxPeriodDays} days. End this claim on day ${maxPeriodDays} and bill the rest as the next period.`,
            { field: 'claim.through' },
          )
        : [];
    },
  },
  {
    id: 'lupa-risk',
    run: (context) => {
      const { claim, byDate, lines } = context;
      if (!isPeriodClaim(context) || lines.length === 0) return [];
      const { pdgmStart, lupaThresholdFloor, episodeLupaThreshold } =
        context.index.claimRules.settings;
      const pdgmFrom = pdgmStart.value;
      const episodeThreshold = episodeLupaThreshold.value;
      const thresholdFloor = lupaThresholdFloor.value;
      const visits = byDate.length;
      const visitCount = `${visits} in-person visit${visits === 1 ? '' : 's'}`;
      let remote = 0;
      for (const line of lines) if (line.basis.mode !== 'in-person') remote++;
      const remoteNote =
        remote > 0
          ? ` ${remote} telehealth or monitoring line${remote === 1 ? ' does' : 's do'} not count as visits.`
          : '';
      const start = periodStart(context);
      if (start !== undefined && start < pdgmFrom) {
        if (visits >= episodeThreshold) return [];
        const entered =
          claim.lupaThreshold === undefined
            ? ''
            : ` The LUPA threshold entered (${claim.lupaThreshold}) is for 30-day periods from ${pdgmFrom}; it does not apply here.`;
        return one(
          `${visitCount} in an episode beginning ${start}: episodes beginning before ${pdgmFrom} with ${episodeThreshold - 1} visits or fewer are paid per visit (LUPA). If visits of the episode are missing from the claim, add them.${entered}${remoteNote}`,
        );
      }
      const entered = claim.lupaThreshold;
      const threshold = Math.max(entered ?? thresholdFloor, thresholdFloor);
      const whose =
        entered === undefined
          ? "the minimum; enter the HIPPS code's own threshold for a firmer answer"
          : entered < thresholdFloor
            ? `entered as ${entered}, but no threshold is below ${thresholdFloor}`
            : 'as entered';
      return visits < threshold
        ? one(
            `${visitCount}, fewer than the LUPA threshold of ${threshold} (${whose}): the period would be paid per visit. If visits of the period are missing from the claim, add them.${remoteNote}`,
          )
        : [];
    },
  },
  {
    id: 'noa-before-admission',
    run: ({ claim }) => {
      const admission = claim.admissionDate;
      const accepted = claim.noaAcceptedDate;
      return admission !== undefined && accepted !== undefined && accepted < admission
        ? one(
            `The NOA accepted date (${accepted}) is before the admission date (${admission}). An NOA is sent only once the patient is admitted, after the first visit, so it cannot be accepted before admission. Correct whichever date is wrong.`,
            { field: 'claim.noaAcceptedDate' },
          )
        : [];
    },
  },
  {
    id: 'noa-late',
    run: ({ index, claim }) => {
      const late = lateNoaOf(claim, index.claimRules);
      if (late === null) return [];
      const { admissionDate, noaAcceptedDate, daysLate, daysCut, periodDays } = late;
      if (late.exceptionRequested) {
        const remarks = claim.remarks !== undefined && claim.remarks.trim() !== '';
        return one(
          `The NOA was accepted ${daysLate} days after admission (${admissionDate} to ${noaAcceptedDate}), and modifier KX on the 0023 line asks for the late-NOA exception, so no cut is applied unless the MAC denies it. ${remarks ? 'Make sure the Remarks give the circumstances and their dates.' : 'Explain the circumstances and their dates in Remarks: the claim is suspended for them, and an exception without them is denied.'}`,
          { field: remarks ? 'claim.noaAcceptedDate' : 'claim.remarks' },
        );
      }
      const cut = `${daysCut}/${periodDays} (${percentOf(daysCut, periodDays)}%)`;
      const exception =
        'If an exception applies, add modifier KX to the 0023 (HIPPS) line and explain the circumstances in Remarks.';
      const extra = { field: 'claim.noaAcceptedDate' };
      if (late.laterPeriod) {
        const { daysInPeriod } = late;
        return one(
          `The NOA was accepted ${daysLate} days after admission (${admissionDate} to ${noaAcceptedDate}), ${daysInPeriod} day${daysInPeriod === 1 ? '' : 's'} into this later period (From ${claim.from}). A late NOA also cuts each later period it reaches: this period's payment is cut by ${cut}, which the agency cannot bill the patient. ${exception}`,
          extra,
        );
      }
      return one(
        `The NOA was accepted ${daysLate} days after admission (${admissionDate} to ${noaAcceptedDate}); it is timely within ${index.claimRules.settings.noaTimelyDays.value}. The period payment is cut by ${cut}, which the agency cannot bill the patient. ${exception}`,
        extra,
      );
    },
  },
];
