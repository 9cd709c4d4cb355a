// The minutes a visit lasted and the minutes that count toward units under a payer profile.
import type { NormalVisit } from './claim-input.ts';

const MINUTES_PER_DAY = 1440;

export interface VisitTime {
  /** Minutes the visit lasted, from `minutes`, start/end, or the sum of its activities. */
  totalMinutes: number;
  /** Whether any time was given at all. */
  hasTime: boolean;
  /** The visit ran past midnight, so it is dated the day it ended. */
  endsNextDay: boolean;
  travelMinutesExcluded: number;
  documentationMinutesExcluded: number;
  documentationMinutesCounted: number;
  countedMinutes: number;
}

/** Start and end as minutes after midnight; an end before the start means the next day. */
export function minutesBetween(
  start: number,
  end: number,
): { minutes: number; endsNextDay: boolean } {
  return end >= start
    ? { minutes: end - start, endsNextDay: false }
    : { minutes: end + MINUTES_PER_DAY - start, endsNextDay: true };
}

export function measureVisitTime(
  visit: NormalVisit,
  countsDocumentation: boolean,
  countsTravel: boolean,
): VisitTime {
  let totalMinutes = 0;
  let hasTime = true;
  let endsNextDay = false;
  if (visit.minutes !== undefined) {
    totalMinutes = visit.minutes;
    if (visit.start !== undefined && visit.end !== undefined) endsNextDay = visit.end < visit.start;
  } else if (visit.start !== undefined && visit.end !== undefined) {
    const span = minutesBetween(visit.start, visit.end);
    totalMinutes = span.minutes;
    endsNextDay = span.endsNextDay;
  } else if (visit.activities.length > 0) {
    for (const activity of visit.activities) totalMinutes += activity.minutes;
  } else {
    hasTime = false;
  }
  // Travel and documentation are parts of the recorded time, listed so they can be excluded.
  const travelMinutesExcluded = countsTravel ? 0 : Math.min(visit.travelMinutes, totalMinutes);
  const remaining = totalMinutes - travelMinutesExcluded;
  const documentationMinutesExcluded = countsDocumentation
    ? 0
    : Math.min(visit.documentationMinutes, remaining);
  const documentationMinutesCounted = countsDocumentation
    ? Math.min(visit.documentationMinutes, remaining)
    : 0;
  return {
    totalMinutes,
    hasTime,
    endsNextDay,
    travelMinutesExcluded,
    documentationMinutesExcluded,
    documentationMinutesCounted,
    countedMinutes: remaining - documentationMinutesExcluded,
  };
}
