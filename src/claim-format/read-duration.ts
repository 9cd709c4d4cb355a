// Lengths of time (a visit's minutes, travel, documentation) as whole minutes. Accepted: 45,
// 45.0, 45 min, 45 minutes, 45m, 0:45 and 1:05 (hours:minutes, so 65), 1:05:00 (seconds, as
// spreadsheets save durations), 1 h 5 min, 1h5m, 1 hr 05, 2 hours, and decimal hours with a
// unit (1.5 h is 90) when they come to whole minutes. A bare decimal such as 1.5 is refused:
// minutes and hours cannot be told apart without a unit. Seconds are left out (a visit counts
// whole minutes), with a note; fractional or negative minutes are problems.
import { blankProblem, quote, readOk, readProblem, type Read } from './read-result.ts';

const WHOLE = /^(\d+)(?:\.0+)?$/;
const CLOCK = /^(\d+):(\d{2})(?::(\d{2}))?$/;
const UNITS =
  /^(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\.?)?\s*(?:(\d+(?:\.\d+)?)\s*(?:m|mins?|minutes?)?\.?)?$/;

/** Whole minutes as the claim format writes them: "45". */
export function writeDuration(minutes: number): string {
  return String(minutes);
}

/** Exact minutes in a decimal number of hours ("1.25" → 75), or undefined when not whole. */
function hoursToMinutes(hours: string): number | undefined {
  const [whole = '0', fraction = ''] = hours.split('.');
  const scale = 10 ** fraction.length;
  const scaled = (Number(whole) * scale + Number(fraction === '' ? '0' : fraction)) * 60;
  return scaled % scale === 0 ? scaled / scale : undefined;
}

function inRange(typed: string, minutes: number, note?: string): Read<number> {
  return Number.isSafeInteger(minutes)
    ? readOk(minutes, note)
    : readProblem(`${quote(typed)} is too long to be a length of time.`);
}

/** Reads a length of time into whole minutes; see the file's head. Never throws. */
export function readDuration(text: string): Read<number> {
  const typed = text.trim();
  if (typed === '') return blankProblem();
  const lower = typed.toLowerCase();
  if (/^[-−]/.test(lower))
    return readProblem(`${quote(typed)} is negative; a length of time is 0 or more minutes.`);
  const whole = WHOLE.exec(lower);
  if (whole) return inRange(typed, Number(whole[1]));
  const clock = CLOCK.exec(lower);
  if (clock) {
    const minutes = Number(clock[2]);
    const seconds = Number(clock[3] ?? '0');
    if (minutes > 59 || seconds > 59)
      return readProblem(
        `${quote(typed)} is not hours:minutes: the minutes after the colon run from 00 to 59.`,
      );
    return inRange(
      typed,
      Number(clock[1]) * 60 + minutes,
      seconds > 0 ? `${seconds} seconds left out: only whole minutes count` : undefined,
    );
  }
  const units = UNITS.exec(lower);
  if (units && (units[1] !== undefined || units[2] !== undefined) && /[a-z]/.test(lower)) {
    const fromHours = units[1] === undefined ? 0 : hoursToMinutes(units[1]);
    const minutes = units[2] ?? '0';
    if (fromHours === undefined || !WHOLE.test(minutes))
      return readProblem(
        `${quote(typed)} is not a whole number of minutes; write it as 1:30 or 90.`,
      );
    return inRange(typed, fromHours + Number(WHOLE.exec(minutes)?.[1] ?? '0'));
  }
  if (/^\d*\.\d+$/.test(lower))
    return readProblem(
      `${quote(typed)} is not a whole number of minutes; for hours write 1:30 or 1.5 h.`,
    );
  return readProblem(`${quote(typed)} is not a length of time: write minutes (45) or 1:05.`);
}
