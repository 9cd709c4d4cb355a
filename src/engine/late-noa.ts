// The late-NOA reduction as figures: Medicare cuts a period's payment by the days from the
// admission date to the NOA's acceptance, over 30, and a late NOA reaches every later period of
// the admission that began before it was accepted (CR 12227; NGS's late NOA page). The
// calculator and the print view show these figures; the noa-late finding words them.
import type { NormalClaim } from './normal-claim.ts';
import type { ClaimRuleFacts } from './claim-rule-facts.ts';
import { daysBetween } from './dates.ts';
import type { LateNoa } from './types.ts';

/** The modifier on the 0023 line that asks for the late-NOA exception (CGS, NGS, CR 13543). */
export const LATE_NOA_EXCEPTION_MODIFIER = 'KX';

/** The late-NOA reduction of this claim's period, or null when the NOA is timely or unknown. */
export function lateNoaOf(claim: NormalClaim, facts: ClaimRuleFacts): LateNoa | null {
  const { noaStart, settings } = facts;
  const admission = claim.admissionDate;
  const accepted = claim.noaAcceptedDate;
  if (admission === undefined || accepted === undefined) return null;
  if (noaStart === undefined || admission < noaStart) return null;
  const daysLate = daysBetween(admission, accepted);
  if (daysLate <= settings.noaTimelyDays.value) return null;
  const periodDays = settings.periodDays.value;
  // The late days run from the admission date, so they reach a later period of the same
  // admission only when the NOA was accepted after that period's From date.
  const from = claim.from;
  const laterPeriod = from !== undefined && from > admission;
  const daysInPeriod = laterPeriod ? daysBetween(from, accepted) : daysLate;
  if (daysInPeriod <= 0) return null;
  // KX on the 0023 line asks for an exception; the cut waits on the MAC's decision.
  const exceptionRequested = claim.hippsModifiers.includes(LATE_NOA_EXCEPTION_MODIFIER);
  const daysCut = exceptionRequested ? 0 : Math.min(daysInPeriod, periodDays);
  return {
    admissionDate: admission,
    noaAcceptedDate: accepted,
    daysLate,
    laterPeriod,
    daysInPeriod,
    daysCut,
    periodDays,
    fractionCut: daysCut / periodDays,
    exceptionRequested,
  };
}
