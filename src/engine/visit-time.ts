// The minutes a visit lasted and the minutes that count toward units under a payer profile.
import type { NormalVisit } from './normal-claim.ts';

const MINUTES_PER_DAY = 1440;

export interface VisitTime {
  /** Minutes the visit lasted, from `minutes`, start/end, or the sum of its activities. */
  totalMinutes: number;
  /** Whether any time was given at all. */
  hasTime: boolean;
  /** The visit ran past midnight, so it is dated the day it ended. */
  endsNextDay: boolean;
  /** Travel recorded beside the visit: never part of its minutes, never counted. */
  travelMinutes: number;
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

export function measureVisitTime(visit: NormalVisit, countsDocumentation: boolean): VisitTime {
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
  // The minutes (or start and end) are the time with the patient in the home. Travel is recorded
  // beside them and never counted; documentation in the home is part of them, and a payer that
  // does not count it has it taken out.
  const documentationMinutes = Math.min(visit.documentationMinutes, totalMinutes);
  const documentationMinutesExcluded = countsDocumentation ? 0 : documentationMinutes;
  return {
    totalMinutes,
    hasTime,
    endsNextDay,
    travelMinutes: visit.travelMinutes,
    documentationMinutesExcluded,
    documentationMinutesCounted: countsDocumentation ? documentationMinutes : 0,
    countedMinutes: totalMinutes - documentationMinutesExcluded,
  };
}
