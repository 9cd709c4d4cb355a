// Named checks on the whole claim. Each entry's id is a findings catalogue id; `run` returns
// zero or more findings' messages (with the line they point at, when there is one).
import { describeValue, type NormalClaim } from './claim-input.ts';
import type { CodeIndex, PayerIndex } from './code-index.ts';
import { isFinalHomeHealthClaim, type DatedVisitLine } from './claim-lines.ts';
import { addDays, daysBetween, isEffectiveOn, toDayNumber } from './dates.ts';
import type { VisitLineResult } from './types.ts';

export interface ClaimContext {
  index: CodeIndex;
  payer: PayerIndex;
  claim: NormalClaim;
  lines: readonly VisitLineResult[];
  /** In-person visit lines with a date, in date order. */
  byDate: readonly DatedVisitLine[];
}

export interface ClaimIssue {
  message: string;
  lineId?: string;
  field?: string;
  /** The sources of the table row the finding is about, to cite only those (see citeRow). */
  about?: readonly string[];
}

export interface ClaimCheck {
  id: string;
  /** Medicare-only checks run for profiles with Medicare claim rules, commercial ones for the others. */
  scope: 'medicare' | 'commercial' | 'all';
  run: (context: ClaimContext) => ClaimIssue[];
}

const PDGM_START = '2020-01-01';
const COUNTY_CODE_START = '2019-01-01';
const NOA_START = '2022-01-01';
const MAX_PERIOD_DAYS = 30;
/** Before PDGM (periods from 2020-01-01) the unit of payment was the 60-day episode. */
const MAX_EPISODE_DAYS = 60;
const NOA_TIMELY_DAYS = 5;
/** A LUPA threshold is never below 2: a period with 1 visit is always a LUPA. */
const DEFAULT_LUPA_THRESHOLD = 2;
/** Episodes beginning before 2020-01-01 were a LUPA at 4 visits or fewer: fewer than 5. */
const EPISODE_LUPA_THRESHOLD = 5;
/** Location Q-codes (Q5001, Q5002, Q5009) are reported for periods beginning on or after this date. */
const LOCATION_CODES_START = '2013-07-01';
/** Occurrence codes 61 and 62: a discharge on the From date or in the 14 days before it. */
const DISCHARGE_WINDOW_DAYS = 14;
const HOSPITAL_DISCHARGE = '61';
const OTHER_DISCHARGE = '62';
const HIPPS_REVENUE_CODE = '0023';
/** Condition code C3 (partial approval) comes with occurrence span M0, the approved dates. */
const PARTIAL_APPROVAL = 'C3';
const APPROVED_STAY = 'M0';
const NO_PAY_BILL = '0320';
const DENIAL_NOTICE = '21';
/** A no-pay bill (0320) for a period whose OASIS was not submitted carries D2, not 21 (C10 §10.1.19.3). */
const OASIS_DENIAL_REASON = 'D2';
const RAP = '0322';
const STILL_A_PATIENT = '30';
const EXPIRED = '20';
const DATE_OF_DEATH = '55';
const INTERMITTENT_MAX_DAYS = 21;
const INTERMITTENT_DAILY_MINUTES = 480;
const DAYS_PER_WEEK = 7;
/** A same-day message names this many of the day's visits, then says how many more. */
const SAME_DAY_VISITS_NAMED = 6;
/** Occurrence code 50 (OASIS assessment date, M0090) is required on claims for periods from this date. */
const ASSESSMENT_DATE_START = PDGM_START;
/** Value code 61: the 5-digit CBSA code with two zero cents. */
const CBSA_AMOUNT = /^\d{5}\.00$/;
/** A CBSA amount whose digits are right but whose cents are missing or short ("16974", "1697400"). */
const CBSA_WITHOUT_CENTS = /^(\d{5})(?:\.0?|00)?$/;
/** Value code 85: the 5-digit FIPS state and county code, with or without two zero cents. */
const FIPS_COUNTY = /^\d{5}(?:\.00)?$/;
const SPACES_AND_DASHES = /[\s-]/g;
const FOUR_DIGITS = /^\d{4}$/;
const EXAMPLE_FIPS = '19153 (Polk County, Iowa)';

/** A late-NOA cut of `days`/30 as a percentage with one decimal. */
function percentOf(days: number): number {
  return Math.round((days / MAX_PERIOD_DAYS) * 1000) / 10;
}

/** The occurrence span codes of the tables ("M0, 76, 74"). */
function spanCodes(index: CodeIndex): string[] {
  return index.tables.occurrenceCodes.filter((row) => row.span).map((row) => row.code);
}

function one(message: string, extra: Omit<ClaimIssue, 'message'> = {}): ClaimIssue[] {
  return [{ message, ...extra }];
}

/** How many entries of a code list carry `code` (lists here hold a few codes). */
function countOf(entries: readonly { code: string }[], code: string): number {
  let count = 0;
  for (const entry of entries) if (entry.code === code) count++;
  return count;
}

/** Whether the code at `position` already appeared earlier in the list. */
function seenBefore(codes: readonly string[], position: number): boolean {
  return codes.indexOf(codes[position]!) < position;
}

function cbsaFormatMessage(value: string): string {
  if (value === '')
    return 'Value code 61 has no amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).';
  const digits = CBSA_WITHOUT_CENTS.exec(value)?.[1];
  return digits !== undefined
    ? `Value code 61 is entered as ${describeValue(value)}; enter ${digits}.00, the CBSA code with two zero cents.`
    : `Value code 61 is entered as ${describeValue(value)}, which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).`;
}

function fipsFormatMessage(value: string): string {
  if (value === '')
    return `Value code 85 has no amount. Enter the 5-digit FIPS state and county code, such as ${EXAMPLE_FIPS}.`;
  const joined = value.replace(SPACES_AND_DASHES, '');
  if (joined !== value && FIPS_COUNTY.test(joined))
    return `Value code 85 is entered as ${describeValue(value)}; enter ${joined}, with no space between the state and county parts.`;
  if (FOUR_DIGITS.test(joined))
    return `Value code 85 is entered as ${describeValue(value)}, which has 4 digits; the FIPS state and county code has 5 (2 for the state, 3 for the county). If a leading zero was lost, enter 0${joined}; otherwise check the code.`;
  return `Value code 85 is entered as ${describeValue(value)}; enter the 5-digit FIPS state and county code with no space, such as ${EXAMPLE_FIPS}.`;
}

/** A Medicare check that each value code `code` has an amount of the form `valid`. */
function valueCodeFormat(
  id: string,
  code: string,
  valid: RegExp,
  message: (value: string) => string,
): ClaimCheck {
  return {
    id,
    scope: 'medicare',
    run: ({ claim }) =>
      claim.valueCodes.flatMap((entry, position) =>
        entry.code === code && !valid.test(entry.value)
          ? one(message(entry.value), { field: `valueCodes[${position}].value` })
          : [],
      ),
  };
}

/** The first day of service: the period's From date, else the earliest visit. */
function periodStart(context: ClaimContext): string | undefined {
  return context.claim.from ?? context.byDate[0]?.line.date ?? undefined;
}

function lastServiceDate(context: ClaimContext): string | undefined {
  return context.claim.through ?? context.byDate[context.byDate.length - 1]?.line.date ?? undefined;
}

function claimChangeReasons(context: ClaimContext): string[] {
  return context.claim.conditionCodes.filter(
    (code) => context.index.conditionCodes.get(code)?.claimChangeReason === true,
  );
}

/** Nursing visits billed as intermittent care (not private duty), by date, in person. */
function intermittentNursing(context: ClaimContext): DatedVisitLine[] {
  return context.byDate.filter(
    ({ line }) => line.basis.discipline === 'SN' && line.basis.service !== 'private-duty',
  );
}

export const claimChecks: readonly ClaimCheck[] = [
  {
    id: 'hcpcs-required',
    scope: 'all',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) => {
        const revenue =
          item.revenueCode === undefined ? undefined : index.revenue.get(item.revenueCode);
        return revenue?.requiresHcpcs && item.hcpcs === undefined
          ? one(
              `Revenue code ${revenue.code} (${revenue.description}) needs a HCPCS code on its line. Enter the HCPCS code for item ${item.id}.`,
              { lineId: item.id, field: `${item.field}.hcpcs` },
            )
          : [];
      }),
  },
  {
    // The 032x/034x split of revenue codes is Medicare's (the CGS codes page, C10 §90); RP005
    // lets BCBSIL facility claims use either type of bill with its revenue codes.
    id: 'revenue-not-valid-on-bill-type',
    scope: 'medicare',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) => {
        const revenue =
          item.revenueCode === undefined ? undefined : index.revenue.get(item.revenueCode);
        if (!revenue || revenue.billTypes.includes(claim.billTypePrefix)) return [];
        // An exception for this item's code on this type of bill, e.g. 0559 for dNPWT on 034x.
        const exception = revenue.billTypeExceptions.find(
          (entry) =>
            entry.billType === claim.billTypePrefix &&
            item.hcpcs !== undefined &&
            entry.hcpcs.includes(item.hcpcs),
        );
        const through = claim.through ?? item.date;
        if (exception && through !== undefined && isEffectiveOn(exception, through)) return [];
        const lapsed = exception
          ? ` Its exception for ${exception.hcpcs.join('/')} covers only claims with Through dates from ${exception.effectiveFrom ?? 'any date'} to ${exception.effectiveTo ?? 'today'}.`
          : '';
        return one(
          `Revenue code ${revenue.code} (${revenue.description}) is not valid on type of bill ${claim.billType}; it belongs on ${revenue.billTypes.map((type) => `${type}x`).join(' or ')}.${lapsed}`,
          { lineId: item.id, field: `${item.field}.revenueCode` },
        );
      }),
  },
  {
    id: 'invalid-input',
    scope: 'all',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) =>
        item.revenueCode !== undefined && !index.revenue.has(item.revenueCode)
          ? one(
              `${item.field}.revenueCode: ${item.revenueCode} is not a revenue code used on home health claims (for example 0270-0274, 0279, 029X, 060X, 0623, 0636, 0771). Check the code.`,
              { lineId: item.id, field: `${item.field}.revenueCode` },
            )
          : [],
      ),
  },
  {
    id: 'hipps-line-duplicate',
    scope: 'medicare',
    run: ({ claim }) => {
      // The claim makes its own 0023 line from the HIPPS code on a 032x claim.
      const fromHipps = claim.hipps !== undefined && claim.billTypePrefix === '032';
      let hippsLines = fromHipps ? 1 : 0;
      const issues: ClaimIssue[] = [];
      for (const item of claim.items) {
        if (item.revenueCode !== HIPPS_REVENUE_CODE) continue;
        if (hippsLines > 0)
          issues.push({
            message: fromHipps
              ? `Item ${item.id} is a second ${HIPPS_REVENUE_CODE} (HIPPS) line; the claim already has one, made from HIPPS code ${claim.hipps}, and a claim carries exactly one. Remove item ${item.id}.`
              : `Item ${item.id} is another ${HIPPS_REVENUE_CODE} (HIPPS) line, and a claim carries exactly one. Remove item ${item.id}, and enter the HIPPS code in the claim's HIPPS field rather than as an item.`,
            lineId: item.id,
            field: `${item.field}.revenueCode`,
          });
        hippsLines++;
      }
      return issues;
    },
  },
  {
    id: 'item-outside-period',
    scope: 'medicare',
    run: ({ claim }) => {
      const { from, through } = claim;
      if (from === undefined && through === undefined) return [];
      const issues: ClaimIssue[] = [];
      for (const item of claim.items) {
        const date = item.date;
        if (date === undefined) continue;
        const message =
          from !== undefined && date < from
            ? `Item ${item.id} is dated ${date}, before the period starts (${from}). Move it to the claim for its own period, or correct the date.`
            : through !== undefined && date > through
              ? `Item ${item.id} is dated ${date}, after the period ends (${through}). Move it to the claim for its own period, or correct the date.`
              : undefined;
        if (message !== undefined)
          issues.push({ message, lineId: item.id, field: `${item.field}.date` });
      }
      return issues;
    },
  },
  {
    id: 'bill-type-not-accepted',
    scope: 'medicare',
    run: ({ index, claim }) => {
      const row = index.billTypes.get(claim.billType);
      return row && !row.accepted
        ? one(
            `Type of bill ${claim.billType} (${row.description}) is not accepted for home health. ${row.rules ?? ''}`.trim(),
            { field: 'claim.billType' },
          )
        : [];
    },
  },
  {
    id: 'rap-discontinued',
    scope: 'medicare',
    run: (context) => {
      const start = periodStart(context);
      return context.claim.billType === '0322' && start !== undefined && start >= NOA_START
        ? one(
            `RAPs (0322) are not accepted for periods from ${NOA_START}; this period starts ${start}. Send a Notice of Admission (032A) once per admission, then the period claim (0329).`,
            { field: 'claim.billType' },
          )
        : [];
    },
  },
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
    id: 'bill-034x-spans-years',
    scope: 'medicare',
    run: ({ claim }) => {
      if (claim.billTypePrefix !== '034' || claim.from === undefined || claim.through === undefined)
        return [];
      const fromYear = claim.from.slice(0, 4);
      if (claim.through.slice(0, 4) === fromYear) return [];
      const nextYear = String(Number(fromYear) + 1);
      return one(
        `This ${claim.billType} bill runs from ${claim.from} to ${claim.through}, across the end of ${fromYear}; a 034x bill stays within one calendar year so each year's Part B deductible applies. Split it into a bill ending ${fromYear}-12-31 and one starting ${nextYear}-01-01.`,
        { field: 'claim.through' },
      );
    },
  },
  {
    id: 'condition-21-missing',
    scope: 'medicare',
    run: ({ claim }) =>
      claim.billType === NO_PAY_BILL &&
      !claim.conditionCodes.includes(DENIAL_NOTICE) &&
      !claim.conditionCodes.includes(OASIS_DENIAL_REASON)
        ? one(
            `A no-payment bill (${NO_PAY_BILL}) needs condition code ${DENIAL_NOTICE} (billing for a denial notice); Medicare returns it otherwise. Add condition code ${DENIAL_NOTICE}. If the bill denies a period because its OASIS was never submitted, use condition code ${OASIS_DENIAL_REASON} with occurrence span 77 instead of ${DENIAL_NOTICE}.`,
            { field: 'claim.conditionCodes' },
          )
        : [],
  },
  {
    id: 'condition-21-invalid',
    scope: 'medicare',
    run: ({ claim }) =>
      claim.billType !== NO_PAY_BILL && claim.conditionCodes.includes(DENIAL_NOTICE)
        ? one(
            `Condition code ${DENIAL_NOTICE} (billing for a denial notice) goes only on a no-payment bill (${NO_PAY_BILL}); Medicare returns a ${claim.billType} claim that carries it. Remove ${DENIAL_NOTICE}, or send the bill as type ${NO_PAY_BILL} with every line non-covered.`,
            { field: 'claim.conditionCodes' },
          )
        : [],
  },
  {
    id: 'value-code-61-missing',
    scope: 'medicare',
    run: ({ claim }) =>
      isFinalHomeHealthClaim(claim.billType) && countOf(claim.valueCodes, '61') === 0
        ? one(
            'Add value code 61 with the CBSA code of the place of residence where services were given, keyed with two zero cents (99916 as 99916.00).',
            { field: 'claim.valueCodes' },
          )
        : [],
  },
  {
    id: 'value-code-61-duplicate',
    scope: 'medicare',
    run: ({ claim }) => {
      const count = countOf(claim.valueCodes, '61');
      return count > 1
        ? one(
            `Value code 61 appears ${count} times; keep one, with the CBSA of the site of service at the end of the period.`,
            { field: 'claim.valueCodes' },
          )
        : [];
    },
  },
  {
    id: 'value-code-85-missing',
    scope: 'medicare',
    run: (context) => {
      const last = lastServiceDate(context);
      return isFinalHomeHealthClaim(context.claim.billType) &&
        last !== undefined &&
        last >= COUNTY_CODE_START &&
        countOf(context.claim.valueCodes, '85') === 0
        ? one(
            `Add value code 85 with the FIPS state and county code where services were given (for example 19153, Polk County, Iowa); it is required for services from ${COUNTY_CODE_START}.`,
            { field: 'claim.valueCodes' },
          )
        : [];
    },
  },
  valueCodeFormat('value-code-61-format', '61', CBSA_AMOUNT, cbsaFormatMessage),
  valueCodeFormat('value-code-85-format', '85', FIPS_COUNTY, fipsFormatMessage),
  {
    id: 'value-code-medicare-applied',
    scope: 'medicare',
    run: ({ index, claim }) => {
      if (claim.valueCodes.length === 0) return [];
      const codes = claim.valueCodes.map((entry) => entry.code);
      return claim.valueCodes.flatMap((entry, position) => {
        const row = index.medicareAppliedValueCodes.get(entry.code);
        return row && !seenBefore(codes, position)
          ? one(
              `Value code ${row.code} (${row.description}) is added by Medicare when it processes the claim; the agency never enters it. Remove value code ${row.code}.`,
              { field: `valueCodes[${position}].code` },
            )
          : [];
      });
    },
  },
  {
    id: 'occurrence-55-missing',
    scope: 'medicare',
    run: ({ claim }) =>
      claim.patientStatus === '20' && !claim.occurrenceCodes.some((entry) => entry.code === '55')
        ? one(
            'Patient status 20 (expired) needs occurrence code 55 with the date of death; the Through date is the date of death.',
            { field: 'claim.occurrenceCodes' },
          )
        : [],
  },
  {
    id: 'death-date-not-through',
    scope: 'medicare',
    run: ({ claim }) => {
      if (claim.patientStatus !== EXPIRED || claim.through === undefined) return [];
      const death = claim.occurrenceCodes.find(
        (entry) => entry.code === DATE_OF_DEATH && entry.date !== undefined,
      );
      return death?.date !== undefined && death.date !== claim.through
        ? one(
            `Patient status ${EXPIRED} (expired): the Through date (${claim.through}) must be the date of death, but occurrence code ${DATE_OF_DEATH} gives ${death.date}. Correct whichever date is wrong so that they match.`,
            { field: 'claim.through' },
          )
        : [];
    },
  },
  {
    id: 'rap-status-not-30',
    scope: 'medicare',
    run: ({ claim }) =>
      claim.billType === RAP &&
      claim.patientStatus !== undefined &&
      claim.patientStatus !== STILL_A_PATIENT
        ? one(
            `A RAP (${RAP}) can carry only patient status ${STILL_A_PATIENT} (still a patient): its Through date is its From date, so the patient cannot be discharged by then. Change patient status ${claim.patientStatus} to ${STILL_A_PATIENT}, and report the discharge status on the period claim.`,
            { field: 'claim.patientStatus' },
          )
        : [],
  },
  {
    id: 'patient-status-unknown',
    scope: 'all',
    run: ({ index, claim }) => {
      const status = claim.patientStatus;
      if (status === undefined) return [];
      for (const row of index.tables.patientStatus) if (row.code === status) return [];
      return one(
        `Patient status ${status} is not in this tool's patient status table. Check it against the NUBC list of discharge status codes and the payer's rules, and correct it if it does not apply.`,
        { field: 'claim.patientStatus' },
      );
    },
  },
  {
    id: 'occurrence-50-missing',
    scope: 'medicare',
    run: (context) => {
      const start = periodStart(context);
      if (
        !isFinalHomeHealthClaim(context.claim.billType) ||
        start === undefined ||
        start < ASSESSMENT_DATE_START
      )
        return [];
      const assessment = context.claim.occurrenceCodes.find((entry) => entry.code === '50');
      if (assessment === undefined)
        return one(
          `Add occurrence code 50 with the date the OASIS assessment for this period was completed (M0090). Medicare returns ${context.claim.billType} claims for periods from ${ASSESSMENT_DATE_START} that lack it.`,
          { field: 'claim.occurrenceCodes' },
        );
      return assessment.date === undefined
        ? one(
            'Occurrence code 50 has no date. Enter the date the OASIS assessment for this period was completed (M0090).',
            { field: 'claim.occurrenceCodes' },
          )
        : [];
    },
  },
  {
    id: 'occurrence-61-62-both',
    scope: 'medicare',
    run: ({ claim }) => {
      const hospital = countOf(claim.occurrenceCodes, '61');
      const other = countOf(claim.occurrenceCodes, '62');
      if (hospital + other < 2) return [];
      const reported =
        hospital > 0 && other > 0
          ? 'Occurrence codes 61 (hospital discharge) and 62 (other institutional discharge) are both on this claim'
          : `Occurrence code ${hospital > 0 ? '61' : '62'} appears ${hospital + other} times`;
      return one(
        `${reported}. Keep one: the most recent inpatient discharge within the 14 days before the From date. Remove the others.`,
        { field: 'claim.occurrenceCodes' },
      );
    },
  },
  {
    id: 'occurrence-61-62-window',
    scope: 'medicare',
    run: ({ claim }) => {
      const from = claim.from;
      if (!isFinalHomeHealthClaim(claim.billType) || from === undefined || from < PDGM_START)
        return [];
      const laterPeriod = claim.admissionDate !== undefined && from > claim.admissionDate;
      const issues: ClaimIssue[] = [];
      claim.occurrenceCodes.forEach((entry, position) => {
        const { code, date } = entry;
        if (code !== HOSPITAL_DISCHARGE && code !== OTHER_DISCHARGE) return;
        // 62 on a later period has its own finding (occurrence-62-later-period).
        if (date === undefined || (code === OTHER_DISCHARGE && laterPeriod)) return;
        const daysBefore = daysBetween(date, from);
        if (daysBefore >= 0 && daysBefore <= DISCHARGE_WINDOW_DAYS) return;
        const window = `${addDays(from, -DISCHARGE_WINDOW_DAYS)} to ${from}`;
        issues.push({
          message:
            daysBefore < 0
              ? `Occurrence code ${code} is dated ${date}, after the From date (${from}); it reports a discharge on the From date or in the ${DISCHARGE_WINDOW_DAYS} days before it (${window}). Correct the date, or remove the code.`
              : `Occurrence code ${code} is dated ${date}, ${daysBefore} days before the From date (${from}); only a discharge in the ${DISCHARGE_WINDOW_DAYS} days before the From date or on it (${window}) is reported. Remove the code, or correct the date.`,
          field: `occurrenceCodes[${position}].date`,
        });
      });
      return issues;
    },
  },
  {
    id: 'occurrence-62-later-period',
    scope: 'medicare',
    run: ({ claim }) => {
      const { from, admissionDate } = claim;
      if (
        !isFinalHomeHealthClaim(claim.billType) ||
        from === undefined ||
        admissionDate === undefined ||
        from <= admissionDate
      )
        return [];
      const position = claim.occurrenceCodes.findIndex((entry) => entry.code === OTHER_DISCHARGE);
      return position < 0
        ? []
        : one(
            `Occurrence code ${OTHER_DISCHARGE} (other institutional discharge) belongs only on the first period of an admission, whose From date is the admission date (${admissionDate}); this period starts ${from}. Remove ${OTHER_DISCHARGE}; on a later period only a hospital discharge in the ${DISCHARGE_WINDOW_DAYS} days before the From date is reported, with occurrence code ${HOSPITAL_DISCHARGE}.`,
            { field: `occurrenceCodes[${position}].code` },
          );
    },
  },
  {
    id: 'occurrence-span-as-occurrence',
    scope: 'all',
    run: ({ index, claim }) => {
      if (claim.occurrenceCodes.length === 0) return [];
      const issues: ClaimIssue[] = [];
      claim.occurrenceCodes.forEach(({ code }, position) => {
        const row = index.occurrenceCodes.get(code);
        if (!row?.span) return;
        issues.push({
          message: `Code ${row.code} (${row.description}) is an occurrence span code but is entered among the occurrence codes, with one date. Enter it under Occurrence span codes (FL 35-36) with its from and through dates, and remove it from the occurrence codes (FL 31-34).`,
          field: `occurrenceCodes[${position}].code`,
        });
      });
      return issues;
    },
  },
  {
    id: 'occurrence-span-code-unknown',
    scope: 'all',
    run: ({ index, claim }) => {
      const issues: ClaimIssue[] = [];
      claim.occurrenceSpanCodes.forEach(({ code }, position) => {
        const row = index.occurrenceCodes.get(code);
        if (row?.span) return;
        issues.push({
          message: row
            ? `Code ${row.code} (${row.description}) is an occurrence code, with one date, not a span code. Enter it under Occurrence codes with its date, and remove it from the spans.`
            : `Code ${code} is not an occurrence span code in this tool's tables (${spanCodes(index).join(', ')}). Check it against the UB-04 manual; its dates are not checked.`,
          field: `occurrenceSpanCodes[${position}].code`,
        });
      });
      return issues;
    },
  },
  {
    id: 'occurrence-span-outside-period',
    scope: 'all',
    run: ({ claim }) => {
      const { from, through } = claim;
      const issues: ClaimIssue[] = [];
      claim.occurrenceSpanCodes.forEach((span, position) => {
        const before = from !== undefined && span.from < from;
        const after = through !== undefined && span.through > through;
        if (!before && !after) return;
        issues.push({
          message: `Span ${span.code} runs from ${span.from} to ${span.through}, ${before ? `starting before the period (From ${from})` : `ending after the period (Through ${through})`}. A span on this claim covers days of its own period: correct the dates, and report the other days on the claim for their period.`,
          field: `occurrenceSpanCodes[${position}].${before ? 'from' : 'through'}`,
        });
      });
      return issues;
    },
  },
  {
    id: 'condition-c3-needs-m0',
    scope: 'medicare',
    run: ({ claim }) =>
      claim.conditionCodes.includes(PARTIAL_APPROVAL) &&
      !claim.occurrenceSpanCodes.some((span) => span.code === APPROVED_STAY)
        ? one(
            `Condition code ${PARTIAL_APPROVAL} (partial approval after review) needs occurrence span code ${APPROVED_STAY} with the approved from and through dates. Add the ${APPROVED_STAY} span, or remove ${PARTIAL_APPROVAL} if nothing was denied.`,
            { field: 'claim.occurrenceSpanCodes' },
          )
        : [],
  },
  {
    id: 'claim-change-reason-missing',
    scope: 'medicare',
    run: (context) =>
      (context.claim.billType === '0327' || context.claim.billType === '0328') &&
      claimChangeReasons(context).length === 0
        ? one(
            `Type of bill ${context.claim.billType} needs a claim change reason code in the condition codes (${context.claim.billType === '0327' ? 'D0, D1, D2, D4, D9 or E0' : 'D5 or D6'}).`,
            { field: 'claim.conditionCodes' },
          )
        : [],
  },
  {
    id: 'claim-change-reason-invalid',
    scope: 'medicare',
    run: (context) =>
      claimChangeReasons(context).flatMap((code) => {
        const row = context.index.conditionCodes.get(code);
        if (!row?.billType || row.billType === context.claim.billType) return [];
        if (code === OASIS_DENIAL_REASON && context.claim.billType === NO_PAY_BILL) return [];
        return one(
          `Claim change reason ${code} (${row.description}) goes with type of bill ${row.billType}, not ${context.claim.billType}. Use a reason code for ${context.claim.billType}${context.claim.billType === '0327' || context.claim.billType === '0328' ? '' : ', or change the type of bill'}.`,
          { field: 'claim.conditionCodes' },
        );
      }),
  },
  {
    id: 'claim-change-reason-multiple',
    scope: 'medicare',
    run: (context) => {
      const reasons = claimChangeReasons(context);
      return reasons.length > 1
        ? one(
            `This claim has ${reasons.length} claim change reason codes (${reasons.join(', ')}); use one. When several changes apply, use D9 and explain them in Remarks.`,
            { field: 'claim.conditionCodes' },
          )
        : [];
    },
  },
  {
    id: 'condition-a6-invalid',
    scope: 'medicare',
    run: ({ claim }) => {
      if (!claim.conditionCodes.includes('A6')) return [];
      if (!claim.billType.startsWith('034'))
        return one(
          `Condition code A6 goes only on a 034x claim; this is ${claim.billType}. Remove A6 or bill the vaccine on 034x.`,
          { field: 'claim.conditionCodes' },
        );
      return claim.items.some((item) => item.revenueCode === '0636')
        ? []
        : one(
            'Condition code A6 needs a vaccine line on revenue code 0636. Add the 0636 line or remove A6.',
            { field: 'claim.conditionCodes' },
          );
    },
  },
  {
    id: 'condition-code-unknown',
    scope: 'all',
    run: ({ index, claim }) =>
      claim.conditionCodes.flatMap((code, position) =>
        index.conditionCodes.has(code) || seenBefore(claim.conditionCodes, position)
          ? []
          : one(
              `Condition code ${code} is not in this tool's tables. Check it against the payer's list of condition codes, and remove it if it does not apply.`,
              { field: 'claim.conditionCodes' },
            ),
      ),
  },
  {
    id: 'condition-code-duplicate',
    scope: 'all',
    run: ({ claim }) => {
      const codes = claim.conditionCodes;
      if (codes.length < 2) return [];
      // A Map keeps the codes in the order they were first entered.
      const counts = new Map<string, number>();
      for (const code of codes) counts.set(code, (counts.get(code) ?? 0) + 1);
      const issues: ClaimIssue[] = [];
      for (const [code, count] of counts)
        if (count > 1)
          issues.push({
            message: `Condition code ${code} is entered ${count} times. Enter it once.`,
            field: 'claim.conditionCodes',
          });
      return issues;
    },
  },
  {
    id: 'location-missing',
    scope: 'medicare',
    run: (context) => {
      const { payer, claim, byDate } = context;
      const first = byDate[0];
      if (
        !payer.profile.locationLines ||
        !isFinalHomeHealthClaim(claim.billType) ||
        !first ||
        first.visit.setting !== undefined
      )
        return [];
      // Periods beginning before the Q-codes were required for home health report no location.
      const start = periodStart(context);
      if (start !== undefined && start < LOCATION_CODES_START) return [];
      return one(
        `The first visit (${first.line.date}) has no setting, so no location line (Q5001 home, Q5002 assisted living, Q5009 other) can be added. Enter where the visit took place.`,
        { lineId: first.line.id, field: `${first.visit.field}.setting` },
      );
    },
  },
  {
    id: 'hipps-missing',
    scope: 'medicare',
    run: ({ claim }) =>
      isFinalHomeHealthClaim(claim.billType) && claim.hipps === undefined && claim.visits.length > 0
        ? one(
            'Enter the HIPPS code: the claim needs one 0023 line with it, with zero charge, dated the first visit (the admission date on the first period of an admission).',
            { field: 'claim.hipps' },
          )
        : [],
  },
  {
    id: 'visit-charges-missing',
    scope: 'medicare',
    run: ({ claim }) => {
      if (claim.billType !== '0329') return [];
      const [first] = claim.visits;
      if (first === undefined)
        return one(
          'This 0329 claim has no visit lines. A period claim needs every visit of the period in line detail, each with its charge; add the visits.',
          { field: 'claim.visits' },
        );
      for (const visit of claim.visits)
        if (visit.chargeCents !== undefined && visit.chargeCents > 0) return [];
      return one(
        'No visit line has a charge, and Medicare returns a 0329 claim without visit charges. Enter the charge for each visit.',
        { lineId: first.id, field: `${first.field}.charge` },
      );
    },
  },
  {
    id: 'lupa-risk',
    scope: 'medicare',
    run: (context) => {
      const { index, claim, byDate, lines } = context;
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
      const known = claim.hipps === undefined ? undefined : index.lupaThresholds.get(claim.hipps);
      const entered = claim.lupaThreshold;
      const threshold = Math.max(
        entered ?? known ?? DEFAULT_LUPA_THRESHOLD,
        DEFAULT_LUPA_THRESHOLD,
      );
      const whose =
        entered !== undefined
          ? entered < DEFAULT_LUPA_THRESHOLD
            ? `entered as ${entered}, but no threshold is below ${DEFAULT_LUPA_THRESHOLD}`
            : 'as entered'
          : known !== undefined
            ? `for HIPPS ${claim.hipps}`
            : "the minimum; enter the HIPPS code's own threshold for a firmer answer";
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
  {
    id: 'intermittent-exceeded',
    scope: 'commercial',
    run: (context) => {
      const nursing = intermittentNursing(context);
      if (nursing.length === 0) return [];
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
        const full = (minutesByDay.get(days[i]!) ?? 0) >= INTERMITTENT_DAILY_MINUTES;
        run = full && i > 0 && days[i - 1] === days[i]! - 1 && run > 0 ? run + 1 : full ? 1 : 0;
        longestFullWeek = Math.max(longestFullWeek, run);
      }
      const reasons: string[] = [];
      if (longestFullWeek >= DAYS_PER_WEEK)
        reasons.push(`nursing ran ${longestFullWeek} days in a row at 8 hours or more a day`);
      if (span > INTERMITTENT_MAX_DAYS)
        reasons.push(`nursing spans ${span} days, more than ${INTERMITTENT_MAX_DAYS}`);
      return reasons.length > 0
        ? one(
            `This is beyond intermittent care under RP005: ${reasons.join(' and ')}. Check the member's authorization; continuous care may be private duty nursing (T1000).`,
          )
        : [];
    },
  },
  {
    id: 'same-day-visits',
    scope: 'commercial',
    run: ({ byDate }) => {
      // byDate is in date order: gather one day's visits by discipline, then report every visit
      // after the first, with one message for the day and discipline naming all its visits.
      const issues: ClaimIssue[] = [];
      const report = (sameDay: DatedVisitLine[]): void => {
        if (sameDay.length < 2) return;
        const first = sameDay[0]!.line;
        let named = first.id;
        const namedCount = Math.min(sameDay.length, SAME_DAY_VISITS_NAMED);
        for (let i = 1; i < namedCount; i++) named += `, ${sameDay[i]!.line.id}`;
        const more = sameDay.length - namedCount;
        const message = `${sameDay.length} ${first.basis.discipline} visits on ${first.date} (${named}${more > 0 ? ` and ${more} more` : ''}). Bill each on its own line with its own units, and add the modifier the plan requires to each visit after the first.`;
        for (let i = 1; i < sameDay.length; i++) {
          const { line, visit } = sameDay[i]!;
          issues.push({ message, lineId: line.id, field: `${visit.field}.hcpcs` });
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
    scope: 'commercial',
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
