// Checks of BCBSIL policy RP005: nursing beyond intermittent care, several visits of one
// discipline on a day, and the revenue codes RP005 does not pair with its codes.
import type { DatedVisitLine } from '../claim-lines.ts';
import { toDayNumber } from '../dates.ts';
import { one, type Issue } from './check.ts';
import type { ClaimCheck, ClaimContext } from './claim-context.ts';

/** A same-day message names this many of the day's visits, then says how many more. */
const SAME_DAY_VISITS_NAMED = 6;

/** Nursing visits billed as intermittent care (not private duty), by date, in person. */
function intermittentNursing(context: ClaimContext): DatedVisitLine[] {
  return context.byDate.filter(
    ({ line }) => line.basis.discipline === 'SN' && line.basis.service !== 'private-duty',
  );
}

export const rp005Checks: readonly ClaimCheck[] = [
  {
    id: 'intermittent-exceeded',
    run: (context) => {
      const nursing = intermittentNursing(context);
      if (nursing.length === 0) return [];
      const { intermittentMaxDays, intermittentDailyMinutes, intermittentFullDaysInARow } =
        context.index.claimRules.settings;
      // byDate is in date order, so each day's minutes add up in one run.
      const minutesByDay = new Map<number, number>();
      let date: string | null = null;
      let day = 0;
      for (const { line } of nursing) {
        if (line.date !== date) {
          date = line.date;
          day = toDayNumber(line.date!);
        }
        minutesByDay.set(day, (minutesByDay.get(day) ?? 0) + line.minutes);
      }
      const days = [...minutesByDay.keys()];
      const span = days[days.length - 1]! - days[0]! + 1;
      let run = 0;
      let longestFullWeek = 0;
      for (let i = 0; i < days.length; i++) {
        const full = (minutesByDay.get(days[i]!) ?? 0) >= intermittentDailyMinutes.value;
        run = full && i > 0 && days[i - 1] === days[i]! - 1 && run > 0 ? run + 1 : full ? 1 : 0;
        longestFullWeek = Math.max(longestFullWeek, run);
      }
      const reasons: string[] = [];
      if (longestFullWeek >= intermittentFullDaysInARow.value)
        reasons.push(
          `nursing ran ${longestFullWeek} days in a row at ${intermittentDailyMinutes.value / 60} hours or more a day`,
        );
      if (span > intermittentMaxDays.value)
        reasons.push(`nursing spans ${span} days, more than ${intermittentMaxDays.value}`);
      return reasons.length > 0
        ? one(
            `This is beyond intermittent care under RP005: ${reasons.join(' and ')}. Check the member's authorization; continuous care may be private duty nursing (T1000).`,
          )
        : [];
    },
  },
  {
    id: 'same-day-visits',
    run: ({ byDate }) => {
      // byDate is in date order: gather one day's visits by discipline, then report every visit
      // after the first, with one message for the day and discipline naming all its visits.
      const issues: Issue[] = [];
      const report = (sameDay: DatedVisitLine[]): void => {
        if (sameDay.length < 2) return;
        const first = sameDay[0]!.line;
        let named = first.id;
        const namedCount = Math.min(sameDay.length, SAME_DAY_VISITS_NAMED);
        for (let i = 1; i < namedCount; i++) named += `, ${sameDay[i]!.line.id}`;
        const more = sameDay.length - namedCount;
        const message = `${sameDay.length} ${first.basis.discipline} visits on ${first.date} (${named}${more > 0 ? ` and ${more} more` : ''}). Bill each on its own line with its own units, and enter the modifier the plan requires in this visit's Modifiers: RP005 has it appended to each visit after the first.`;
        // RP005 leaves the modifier to the plan, so any modifier on the line answers the check.
        for (let i = 1; i < sameDay.length; i++) {
          const { line, visit } = sameDay[i]!;
          if (visit.modifiers.length > 0) continue;
          issues.push({ message, lineId: line.id, field: `${visit.field}.modifiers` });
        }
      };
      // One day's visits, grouped by discipline in order of first appearance (a day has few).
      const disciplines: (string | null)[] = [];
      const groups: DatedVisitLine[][] = [];
      let day: string | null = null;
      for (const entry of byDate) {
        if (entry.line.date !== day) {
          for (const group of groups) report(group);
          disciplines.length = 0;
          groups.length = 0;
          day = entry.line.date;
        }
        const at = disciplines.indexOf(entry.line.basis.discipline);
        if (at >= 0) groups[at]!.push(entry);
        else {
          disciplines.push(entry.line.basis.discipline);
          groups.push([entry]);
        }
      }
      for (const group of groups) report(group);
      return issues;
    },
  },
  {
    id: 'revenue-pairing-unverified',
    run: ({ lines }) => {
      let unverified = 0;
      for (const line of lines)
        if (!line.basis.revenuePairingVerified && line.revenueCode !== null) unverified++;
      return unverified > 0
        ? one(
            `RP005 does not say which revenue code goes with each HCPCS code. The revenue codes on ${unverified} line${unverified === 1 ? '' : 's'} (hourly codes on the xx2 hourly subcode, others on xx1) are this tool's assumption; confirm them with the plan for facility claims.`,
          )
        : [];
    },
  },
];
