// Checks on the unit of payment: the period's length (30 days, or a 60-day episode before PDGM),
// the LUPA threshold, and the Notice of Admission's timeliness.
// The numbers and dates are claim rule settings (claim-rules.json); the NOA's first day is 032A's.
import { addDays, daysBetween } from '../dates.ts';
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
    id: 'noa-late',
    run: ({ index, claim }) => {
      const { noaStart, settings } = index.claimRules;
      const timelyDays = settings.noaTimelyDays.value;
      const maxPeriodDays = settings.periodDays.value;
      const admission = claim.admissionDate;
      const accepted = claim.noaAcceptedDate;
      if (admission === undefined || accepted === undefined) return [];
      if (noaStart === undefined || admission < noaStart) return [];
      const days = daysBetween(admission, accepted);
      if (days <= timelyDays) return [];
      const extra = { field: 'claim.noaAcceptedDate' };
      // The late days run from the admission date, so they reach a later period of the same
      // admission only when the NOA was accepted after that period's From date.
      if (claim.from !== undefined && claim.from > admission) {
        const daysInPeriod = daysBetween(claim.from, accepted);
        if (daysInPeriod <= 0) return [];
        const cut = Math.min(daysInPeriod, maxPeriodDays);
        return one(
          `The NOA was accepted ${days} days after admission (${admission} to ${accepted}), ${daysInPeriod} day${daysInPeriod === 1 ? '' : 's'} into this later period (From ${claim.from}). A late NOA also cuts each later period it reaches: this period's payment is cut by ${cut}/${maxPeriodDays} (${percentOf(cut, maxPeriodDays)}%), which the agency cannot bill the patient. If an exception applies, explain it in Remarks.`,
          extra,
        );
      }
      const cut = Math.min(days, maxPeriodDays);
      return one(
        `The NOA was accepted ${days} days after admission (${admission} to ${accepted}); it is timely within ${timelyDays}. The period payment is cut by ${cut}/${maxPeriodDays} (${percentOf(cut, maxPeriodDays)}%), which the agency cannot bill the patient. If an exception applies, explain it in Remarks.`,
        extra,
      );
    },
  },
];
