// Claim files written by earlier versions of the app, brought to this version's meaning when
// they are read. Each migration takes a claim of version n to version n + 1 and is named by the
// version it upgrades from; test/claim-format/claim-file-migrations.test.ts tests every one.
//
// Version 1 → 2: travel leaves the visit's minutes. In version 1 a visit's minutes (or start and
// end) were its whole recorded time and travel was part of them, taken off before units were
// counted. From version 2 the minutes are the time with the patient in the home and travel is
// recorded beside them, so a version 1 visit's travel is taken off its minutes once, on reading.

type ClaimRecord = Record<string, unknown>;

const MINUTES_PER_DAY = 1440;
// Version 1 wrote times as the engine read them then: H:MM or HH:MM on a 24-hour clock.
const HOURS_MINUTES = /^([01]?\d|2[0-3]):([0-5]\d)$/;

function isRecord(value: unknown): value is ClaimRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A whole number of minutes written as a number or as digits ("25"); null otherwise. */
function wholeMinutes(value: unknown): number | null {
  const number =
    typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN;
  return typeof value === 'string' && value.trim() === ''
    ? null
    : Number.isInteger(number) && number >= 0
      ? number
      : null;
}

/** Minutes after midnight of a time as the claim format stores it ("09:05"); null otherwise. */
function clockMinutes(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = HOURS_MINUTES.exec(value.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/**
 * A version 1 visit with its travel taken off its minutes. A visit timed by start and end only
 * gets minutes of its own (the span less the travel), and keeps its times: clock times that
 * take in the travel agree with the minutes in the home.
 */
function travelOutOfMinutes(visit: unknown): unknown {
  if (!isRecord(visit)) return visit;
  const travel = wholeMinutes(visit.travelMinutes);
  if (travel === null || travel === 0) return visit;
  const minutes = wholeMinutes(visit.minutes);
  if (minutes !== null) return { ...visit, minutes: Math.max(0, minutes - travel) };
  if (visit.minutes !== undefined && visit.minutes !== null && visit.minutes !== '') return visit;
  const start = clockMinutes(visit.start);
  const end = clockMinutes(visit.end);
  if (start === null || end === null) return visit;
  const span = end >= start ? end - start : end + MINUTES_PER_DAY - start;
  return { ...visit, minutes: Math.max(0, span - travel) };
}

/** `claimFileMigrations[n]` reads a version n claim as version n + 1. */
export const claimFileMigrations: Readonly<Record<number, (claim: ClaimRecord) => ClaimRecord>> = {
  1: (claim) =>
    Array.isArray(claim.visits)
      ? { ...claim, visits: claim.visits.map(travelOutOfMinutes) }
      : claim,
};

/** A claim of file version `version`, read as the current version (`to`). */
export function upgradeClaim(claim: ClaimRecord, version: number, to: number): ClaimRecord {
  let upgraded = claim;
  for (let from = version; from < to; from++) {
    const migrate = claimFileMigrations[from];
    if (migrate) upgraded = migrate(upgraded);
  }
  return upgraded;
}
