// Clock times as visit exports write them, read into the one form the claim format stores:
// "HH:MM" on the 24-hour clock. Accepted: 13:05, 9:05, 1:05 PM, 1:05pm, 1:05p, 1:05 p.m.,
// 9 AM, 0905 and 905 (military), 13:05:00 and 1:05:00 PM (seconds, as spreadsheets save times),
// noon, midnight, and a time after a date (an EVV check-in such as "1/5/2026 9:05 AM" or
// "2026-01-05T09:05:00"), whose date is left to the Date field.
import { quote, readOk, readProblem, blankProblem, type Read } from './read-result.ts';

/** A leading date in the numeric forms EVV and EMR exports put before a time. */
const LEADING_DATE = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{2,4})(?:T|\s+)(?=\d)/;

/** H[:MM[:SS]] with an optional AM/PM (a, p, am, pm, a.m., p.m.; any case, space or not). */
const CLOCK = /^(\d{1,2})(?::(\d{2})(?::(\d{2}))?)?\s*(?:([ap])\.?\s*(?:m\.?)?)?$/;

/** HHMM or HMM without a colon: military time. */
const MILITARY = /^(\d{1,2})(\d{2})$/;

const WORDS: Readonly<Record<string, number>> = { noon: 12 * 60, midnight: 0 };

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Minutes after midnight (0–1439) as "HH:MM", the form readTime gives and the claim format
 * stores. 1440 and above are not times of day.
 */
export function writeTime(minutesAfterMidnight: number): string {
  return `${pad(Math.floor(minutesAfterMidnight / 60))}:${pad(minutesAfterMidnight % 60)}`;
}

/** Reads a clock time; see the file's head for the spellings. Never throws. */
export function readTime(text: string): Read<string> {
  const typed = text.trim();
  if (typed === '') return blankProblem();
  const dated = LEADING_DATE.exec(typed);
  const rest = (dated ? typed.slice(dated[0].length) : typed).toLowerCase();
  const time = readClock(typed, rest);
  if (!time.ok || !dated) return time;
  const dateNote = `the date ${dated[1]} is left out: this field holds the time only`;
  return readOk(time.value, time.note ? `${time.note}; ${dateNote}` : dateNote);
}

function readClock(typed: string, text: string): Read<string> {
  const word = WORDS[text];
  if (word !== undefined) return readOk(writeTime(word));
  const clock = CLOCK.exec(text);
  const military = clock ? null : MILITARY.exec(text);
  if (!clock && !military)
    return readProblem(`${quote(typed)} is not a time: write it as 13:05 or 1:05 PM.`);
  const hours = Number(clock ? clock[1] : military?.[1]);
  const minutes = Number((clock ? clock[2] : military?.[2]) ?? '0');
  const seconds = Number(clock?.[3] ?? '0');
  const half = clock?.[4];
  if (clock && clock[2] === undefined && half === undefined)
    return readProblem(
      `${quote(typed)} is not a time: write the minutes too (${hours}:00), or AM or PM.`,
    );
  if (minutes > 59 || seconds > 59)
    return readProblem(`${quote(typed)} is not a time: minutes run from 00 to 59.`);
  const secondsNote = seconds > 0 ? `${seconds} seconds left out` : undefined;
  if (half !== undefined) {
    if (hours > 12)
      return readProblem(
        `${quote(typed)} is not a time: ${hours} is already past noon; write ${hours}:${pad(minutes)} or ${hours - 12}:${pad(minutes)} ${half === 'a' ? 'AM' : 'PM'}.`,
      );
    if (hours === 0)
      return readProblem(
        `${quote(typed)} is not a time: with AM or PM the hour runs from 1 to 12 (12:${pad(minutes)} AM is just after midnight).`,
      );
    // 12 AM is the first hour of the day, 12 PM the hour after noon.
    const hours24 = (hours % 12) + (half === 'p' ? 12 : 0);
    return readOk(writeTime(hours24 * 60 + minutes), secondsNote);
  }
  if (hours === 24 && minutes === 0 && seconds === 0)
    return readOk('00:00', '24:00 is read as 00:00, midnight');
  if (hours > 23)
    return readProblem(
      `${quote(typed)} is not a time: there is no hour ${hours} (the 24-hour clock runs from 00:00 to 23:59).`,
    );
  return readOk(writeTime(hours * 60 + minutes), secondsNote);
}
