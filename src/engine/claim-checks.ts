// Named checks on the whole claim. Each entry's id is a findings catalogue id; `run` returns
// zero or more findings' messages (with the line they point at, when there is one).
import { describeValue, type NormalClaim } from './claim-input.ts';
import type { CodeIndex, PayerIndex } from './code-index.ts';
import { isFinalHomeHealthClaim, type DatedVisitLine } from './claim-lines.ts';
import { daysBetween, toDayNumber } from './dates.ts';
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
const NOA_TIMELY_DAYS = 5;
const DEFAULT_LUPA_THRESHOLD = 2;
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
    id: 'revenue-not-valid-on-bill-type',
    scope: 'all',
    run: ({ index, claim }) =>
      claim.items.flatMap((item) => {
        const revenue =
          item.revenueCode === undefined ? undefined : index.revenue.get(item.revenueCode);
        return revenue && !revenue.billTypes.includes(claim.billTypePrefix)
          ? one(
              `Revenue code ${revenue.code} (${revenue.description}) is not valid on type of bill ${claim.billType}; it belongs on ${revenue.billTypes.map((type) => `${type}x`).join(' or ')}.`,
              { lineId: item.id, field: `${item.field}.revenueCode` },
            )
          : [];
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
        claim.through === undefined ||
        claim.from < PDGM_START
      )
        return [];
      const days = daysBetween(claim.from, claim.through) + 1;
      return days > MAX_PERIOD_DAYS
        ? one(
            `The period ${claim.from} to ${claim.through} is ${days} days; periods from ${PDGM_START} are at most ${MAX_PERIOD_DAYS} days. End this claim on day 30 and bill the rest as the next period.`,
            { field: 'claim.through' },
          )
        : [];
    },
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
    run: ({ payer, claim, byDate }) => {
      const first = byDate[0];
      if (
        !payer.profile.locationLines ||
        !isFinalHomeHealthClaim(claim.billType) ||
        !first ||
        first.visit.setting !== undefined
      )
        return [];
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
            'Enter the HIPPS code: the claim needs one 0023 line with it, dated the first visit, with zero charge.',
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
    run: ({ index, claim, byDate, lines }) => {
      if (!isFinalHomeHealthClaim(claim.billType) || lines.length === 0) return [];
      const known = claim.hipps === undefined ? undefined : index.lupaThresholds.get(claim.hipps);
      const threshold = claim.lupaThreshold ?? known ?? DEFAULT_LUPA_THRESHOLD;
      const whose =
        claim.lupaThreshold !== undefined
          ? 'as entered'
          : known !== undefined
            ? `for HIPPS ${claim.hipps}`
            : "the minimum; enter the HIPPS code's own threshold for a firmer answer";
      let remote = 0;
      for (const line of lines) if (line.basis.mode !== 'in-person') remote++;
      return byDate.length < threshold
        ? one(
            `${byDate.length} in-person visit${byDate.length === 1 ? '' : 's'}, fewer than the LUPA threshold of ${threshold} (${whose}): the period would be paid per visit.${remote > 0 ? ` ${remote} telehealth or monitoring line${remote === 1 ? ' does' : 's do'} not count as visits.` : ''}`,
          )
        : [];
    },
  },
  {
    id: 'noa-late',
    scope: 'medicare',
    run: ({ claim }) => {
      if (
        claim.admissionDate === undefined ||
        claim.noaAcceptedDate === undefined ||
        claim.admissionDate < NOA_START
      )
        return [];
      const days = daysBetween(claim.admissionDate, claim.noaAcceptedDate);
      if (days <= NOA_TIMELY_DAYS) return [];
      const percent = Math.round((Math.min(days, MAX_PERIOD_DAYS) / MAX_PERIOD_DAYS) * 1000) / 10;
      return one(
        `The NOA was accepted ${days} days after admission (${claim.admissionDate} to ${claim.noaAcceptedDate}); it is timely within ${NOA_TIMELY_DAYS}. The period payment is cut by ${Math.min(days, MAX_PERIOD_DAYS)}/30 (${percent}%), which the agency cannot bill the patient. If an exception applies, explain it in Remarks.`,
        { field: 'claim.noaAcceptedDate' },
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
        const { line: first } = sameDay[0]!;
        const named = sameDay.slice(0, SAME_DAY_VISITS_NAMED).map(({ line }) => line.id);
        const more = sameDay.length - named.length;
        const message = `${sameDay.length} ${first.basis.discipline} visits on ${first.date} (${named.join(', ')}${more > 0 ? ` and ${more} more` : ''}). Bill each on its own line with its own units, and add the modifier the plan requires to each visit after the first.`;
        for (const { line, visit } of sameDay.slice(1))
          issues.push({ message, lineId: line.id, field: `${visit.field}.hcpcs` });
      };
      let day: string | null = null;
      const byDiscipline = new Map<string | null, DatedVisitLine[]>();
      for (const entry of byDate) {
        if (entry.line.date !== day) {
          for (const sameDay of byDiscipline.values()) report(sameDay);
          byDiscipline.clear();
          day = entry.line.date;
        }
        const sameDay = byDiscipline.get(entry.line.basis.discipline);
        if (sameDay) sameDay.push(entry);
        else byDiscipline.set(entry.line.basis.discipline, [entry]);
      }
      for (const sameDay of byDiscipline.values()) report(sameDay);
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
