// Checks on one visit line: the code the coder entered, the units, the date and the time
// entries. Figures come from the evaluated line; each issue points at the visit's field to correct.
import type { DisciplineRow, HcpcsRow, RevenueCodeRow, UnitRuleRow } from '../../data/schema.ts';
import type { NormalClaim, NormalVisit } from '../normal-claim.ts';
import type { CodeIndex, PayerIndex } from '../code-index.ts';
import { daysBetween, isEffectiveOn } from '../dates.ts';
import type { VisitInput, VisitLineResult } from '../types.ts';
import { minutesBetween } from '../visit-time.ts';
import { clockTime, hoursAndMinutes, notEffectiveReason, withArticle } from '../wording.ts';
import { NONE, type Check, type Issue } from './check.ts';

/** Past this, an end before the start is more likely a typo than a shift through the night. */
const LONGEST_PLAUSIBLE_OVERNIGHT_MINUTES = 16 * 60;

export interface LineContext {
  index: CodeIndex;
  payer: PayerIndex;
  claim: NormalClaim;
  visit: NormalVisit;
  line: VisitLineResult;
  discipline: DisciplineRow | undefined;
  /** The first entered code's table row, when it is in the tables. */
  entered: HcpcsRow | undefined;
  /** The line's revenue code's table row. */
  revenue: RevenueCodeRow | undefined;
  suggested: HcpcsRow | null;
  unitRule: UnitRuleRow | undefined;
  belowFirstUnit: boolean;
}

export interface LineCheck extends Check<LineContext> {
  /**
   * When the check can fire at all: for a code the coder entered, units the coder entered, or
   * time below the first unit. Checks are skipped on lines without that, which keeps the
   * common line cheap; absent means every line.
   */
  when?: 'entered-code' | 'entered-units' | 'below-first-unit';
}

/** An issue on this visit's line, pointing at the visit field `key`. */
function onVisit(
  { line, visit }: LineContext,
  key: keyof VisitInput,
  message: string,
  about?: readonly string[],
): Issue[] {
  return [{ message, lineId: line.id, field: `${visit.field}.${key}`, about }];
}

function replacementHint(context: LineContext): string {
  const { suggested, entered, line } = context;
  if (suggested && suggested.code !== entered?.code)
    return ` For this ${line.basis.credential ?? ''} visit on this date use ${suggested.code}.`.replace(
      '  ',
      ' ',
    );
  if (entered && entered.replacedBy.length > 0)
    return ` It was replaced by ${entered.replacedBy.join(' or ')}.`;
  return ' Check the date of service and the code.';
}

function serviceLabel(service: string | null): string {
  return service === null ? 'its service' : service.replace('-', ' ');
}

/** What is wrong with the visit's time entries (they disagree, or cannot be a visit), or null. */
function timeConflict({ visit, line }: LineContext): string | null {
  const { minutes, start, end } = visit;
  if (minutes !== undefined && start !== undefined && end !== undefined) {
    const span = minutesBetween(start, end).minutes;
    // Clock times that take in the travel beside the visit agree with its minutes in the home.
    if (span !== minutes && span !== minutes + visit.travelMinutes)
      return `Minutes says ${minutes} but ${clockTime(start)} to ${clockTime(end)} is ${span} minutes; units are counted from the minutes. Correct whichever entry is wrong.`;
  } else if (minutes === undefined && start !== undefined && end !== undefined) {
    // The visit's time was measured from start and end: line.basis holds that span.
    if (start === end)
      return `Start and end are both ${clockTime(start)}, so no time is counted. Correct the times; for a 24-hour shift enter 1,440 minutes.`;
    const { endsNextDay, totalMinutes } = line.basis;
    if (endsNextDay && totalMinutes > LONGEST_PLAUSIBLE_OVERNIGHT_MINUTES)
      return `The end (${clockTime(end)}) is before the start (${clockTime(start)}), so the visit is read as running past midnight: ${hoursAndMinutes(totalMinutes)}, dated the day it ended. If the times are swapped or mistyped, correct them.`;
  }
  if (minutes !== undefined && visit.activities.length > 0) {
    let activityMinutes = 0;
    for (const activity of visit.activities) activityMinutes += activity.minutes;
    if (activityMinutes !== minutes)
      return `The services listed add up to ${activityMinutes} minutes but Minutes says ${minutes}; units are counted from the minutes, and the code from the service with the most time. Correct whichever entry is wrong.`;
  }
  const timeRead =
    minutes !== undefined ||
    (start !== undefined && end !== undefined) ||
    visit.activities.length > 0;
  return timeRead && visit.documentationMinutes > line.basis.totalMinutes
    ? `Documentation (${visit.documentationMinutes} minutes) is more than the whole visit (${line.basis.totalMinutes} minutes in the home). Documentation in the home is part of the visit's minutes, not extra to it; check the entries.`
    : null;
}

export const lineChecks: readonly LineCheck[] = [
  {
    id: 'multiple-hcpcs-per-visit',
    when: 'entered-code',
    run: (context) => {
      const { visit, suggested } = context;
      return visit.hcpcs.length > 1
        ? onVisit(
            context,
            'hcpcs',
            `This visit has ${visit.hcpcs.length} HCPCS codes (${visit.hcpcs.join(', ')}); a visit carries one, for the service given most of the time${suggested ? ` (${suggested.code} by this visit's entries)` : ''}. The line keeps ${visit.hcpcs[0]}.`,
          )
        : NONE;
    },
  },
  {
    id: 'hcpcs-unknown',
    when: 'entered-code',
    run: (context) => {
      const { visit, entered } = context;
      return visit.hcpcs.length > 0 && !entered
        ? onVisit(
            context,
            'hcpcs',
            `${visit.hcpcs[0]} is not in this tool's home health code tables, so its units and dates cannot be checked. Check the code, or clear it to use the suggestion.`,
          )
        : NONE;
    },
  },
  {
    id: 'hcpcs-not-for-payer',
    when: 'entered-code',
    run: (context) => {
      const { entered, payer } = context;
      return entered && entered.kind !== 'location' && !payer.knownCodes.has(entered.code)
        ? onVisit(
            context,
            'hcpcs',
            `${entered.code} is not a code ${payer.profile.name} lists for home health. Use a code from ${payer.profile.policy}.`,
          )
        : NONE;
    },
  },
  {
    id: 'location-code-on-visit',
    when: 'entered-code',
    run: (context) => {
      const { entered, suggested } = context;
      return entered?.kind === 'location'
        ? onVisit(
            context,
            'hcpcs',
            `${entered.code} is a location code. The claim reports the location on a line of its own, made from the visit's setting; this visit needs its visit code${suggested ? ` (${suggested.code} by its entries)` : ''}.`,
          )
        : NONE;
    },
  },
  {
    id: 'code-not-effective',
    when: 'entered-code',
    run: (context) => {
      const { entered, line } = context;
      if (!entered || line.date === null || isEffectiveOn(entered, line.date)) return NONE;
      const { reason } = notEffectiveReason(entered, line.date);
      return onVisit(
        context,
        'hcpcs',
        `${entered.code} ${reason}, so it is not valid on ${line.date}.${replacementHint(context)}`,
        entered.source,
      );
    },
  },
  {
    id: 'credential-not-allowed',
    when: 'entered-code',
    run: (context) => {
      const { entered, line, suggested } = context;
      const credential = line.basis.credential;
      if (
        !entered ||
        credential === null ||
        entered.credentials.length === 0 ||
        entered.credentials.includes(credential)
      )
        return NONE;
      return onVisit(
        context,
        'hcpcs',
        `${entered.code} is for ${entered.credentials.join(' or ')} only, and this visit was made by ${withArticle(credential)}. ${suggested && suggested.code !== entered.code ? `Use ${suggested.code}, the code for this ${credential} service.` : `Code the service the ${credential} gave with a ${credential} code.`}`,
        entered.source,
      );
    },
  },
  {
    id: 'revenue-hcpcs-mismatch',
    when: 'entered-code',
    run: (context) => {
      const { entered, discipline, line } = context;
      return entered &&
        entered.revenueGroup !== null &&
        discipline &&
        entered.revenueGroup !== discipline.revenueGroup
        ? onVisit(
            context,
            'hcpcs',
            `${entered.code} is reported under ${entered.revenueGroup}, but this ${discipline.name.toLowerCase()} visit is on ${line.revenueCode ?? discipline.revenueGroup}. Use a ${discipline.name.toLowerCase()} code, or correct the discipline.`,
          )
        : NONE;
    },
  },
  {
    id: 'telehealth-not-visit',
    when: 'entered-code',
    run: (context) => {
      const { entered, line } = context;
      if (!entered) return NONE;
      if (line.basis.mode !== 'in-person' && entered.kind === 'visit')
        return onVisit(
          context,
          'hcpcs',
          `This ${line.basis.mode} service carries ${entered.code}, an in-person visit code. Services not given in person are not visits: report them with their telehealth code${line.suggestedHcpcs ? ` (${line.suggestedHcpcs})` : ''}.`,
        );
      if (line.basis.mode === 'in-person' && entered.kind === 'telehealth')
        return onVisit(
          context,
          'hcpcs',
          `${entered.code} is for services not given in person, but this visit is marked in person. Use the discipline's visit code, or set the visit's mode.`,
        );
      return NONE;
    },
  },
  {
    id: 'hourly-upcoding-risk',
    when: 'entered-code',
    run: (context) => {
      const { payer, entered, suggested } = context;
      return entered &&
        entered.kind === 'visit' &&
        entered.unitBasis === '15-minute' &&
        suggested &&
        suggested.code !== entered.code &&
        suggested.unitBasis !== '15-minute'
        ? onVisit(
            context,
            'hcpcs',
            `${entered.code} is billed per 15 minutes where ${payer.profile.policy} expects ${suggested.code} (${suggested.unitBasis === 'hour' ? 'per hour' : 'per diem'}); the plan may treat this as upcoding. Use ${suggested.code} unless the member's contract says otherwise.`,
          )
        : NONE;
    },
  },
  {
    id: 'hcpcs-differs-from-suggestion',
    when: 'entered-code',
    run: (context) => {
      const { visit, entered, suggested, line, payer } = context;
      // Only where the coder named the service: otherwise the entered code says what was given.
      const serviceNamed = visit.service !== undefined || visit.activities.length > 0;
      if (!serviceNamed || !entered || !suggested || entered.code === suggested.code) return NONE;
      if (line.findings.some((finding) => ENTERED_CODE_RULES.has(finding.rule))) return NONE;
      const { credential, service } = line.basis;
      return onVisit(
        context,
        'hcpcs',
        `${entered.code} is a valid code, but ${withArticle(credential ?? 'clinician')} visit for ${serviceLabel(service)} on ${line.date ?? 'this date'} is coded ${suggested.code} under ${payer.profile.policy}. Check which service was given: bill ${suggested.code}, or correct the visit's service.`,
      );
    },
  },
  {
    id: 'short-visit',
    when: 'below-first-unit',
    run: (context) => {
      const { unitRule, belowFirstUnit, line } = context;
      return belowFirstUnit && unitRule?.belowFirstUnitFinding === 'short-visit'
        ? onVisit(
            context,
            'minutes',
            `Only ${line.minutes} minutes count toward this visit. Medicare still wants every visit reported, so it is billed as 1 unit; make sure the record supports a billable visit.`,
          )
        : NONE;
    },
  },
  {
    id: 'units-below-minimum',
    when: 'below-first-unit',
    run: (context) => {
      const { unitRule, belowFirstUnit, line } = context;
      return belowFirstUnit && unitRule?.belowFirstUnitFinding === 'units-below-minimum'
        ? onVisit(
            context,
            'minutes',
            `${line.minutes} minutes is below the ${unitRule.firstUnitAtMinutes ?? 0} minutes needed for one unit under "${unitRule.name}", so the line earns 0 units.`,
          )
        : NONE;
    },
  },
  {
    id: 'units-over-96',
    run: (context) => {
      const { line, payer } = context;
      return line.units > payer.profile.maxUnitsPerLine && line.unitBasis === '15-minute'
        ? onVisit(
            context,
            'minutes',
            `${line.units} units is more than the ${payer.profile.maxUnitsPerLine} a line may carry (24 hours). Check the minutes, or split the time across the days it was given.`,
          )
        : NONE;
    },
  },
  {
    id: 'units-over-day',
    run: (context) => {
      const { line, unitRule } = context;
      const most = unitRule?.maxUnitsPerDay;
      if (most === undefined || line.units <= most) return NONE;
      return onVisit(
        context,
        'minutes',
        line.unitBasis === 'hour'
          ? `${line.units} hourly units is more than the ${most} hours in a day, and a line covers one day. Check the minutes, or split the time across the days it was given, a line for each.`
          : `${line.units} units on a per diem line, which is paid ${most === 1 ? 'once' : `${most} times`} a day. Bill one unit for the day, and a line for each further day.`,
      );
    },
  },
  {
    id: 'units-mismatch',
    when: 'entered-units',
    run: (context) => {
      const { visit, line } = context;
      return visit.units !== undefined && visit.units !== line.units
        ? onVisit(
            context,
            'units',
            `Entered ${visit.units} units, but ${line.minutes} counted minutes give ${line.units} under this payer's rule. Bill ${line.units} units, or correct the time.`,
          )
        : NONE;
    },
  },
  {
    id: 'revenue-not-valid-on-bill-type',
    run: (context) => {
      // The 032x/034x split of revenue codes is Medicare's (the CGS codes page); RP005 lets
      // facility claims use either type of bill, so the catalogue scopes this to Medicare.
      const { claim, revenue } = context;
      const prefix = claim.billTypePrefix;
      return revenue && !revenue.billTypes.includes(prefix)
        ? onVisit(
            context,
            'discipline',
            `Revenue code ${revenue.code} (${revenue.description}) is not valid on type of bill ${claim.billType}; it belongs on ${revenue.billTypes.map((type) => `${type}x`).join(' or ')}.`,
          )
        : NONE;
    },
  },
  {
    id: 'visit-outside-period',
    run: (context) => {
      const { claim, line } = context;
      if (line.date === null) return NONE;
      // A visit that ran past midnight is dated the day it ended: say so, or the date puzzles.
      const dated = line.basis.endsNextDay
        ? `The visit dated ${line.date} (it ran past midnight, so it takes the day it ended)`
        : `The visit on ${line.date}`;
      if (claim.from !== undefined && line.date < claim.from)
        return onVisit(
          context,
          'date',
          `${dated} is before the period starts (${claim.from}). Move it to the claim for its own period, or correct the date.`,
        );
      if (claim.through !== undefined && line.date > claim.through)
        return onVisit(
          context,
          'date',
          `${dated} is after the period ends (${claim.through}). Move it to the claim for its own period, or correct the date.`,
        );
      return NONE;
    },
  },
  {
    id: 'monitoring-days-over-period',
    run: (context) => {
      const { claim, line } = context;
      if (line.unitBasis !== 'days-monitored' || line.date === null || claim.through === undefined)
        return NONE;
      const daysLeft = daysBetween(line.date, claim.through) + 1;
      return line.units > daysLeft && daysLeft > 0
        ? onVisit(
            context,
            'monitoringDays',
            `Monitoring from ${line.date} for ${line.units} days runs past the period's end (${claim.through}); this period can hold at most ${daysLeft}. Bill the days monitored within the period.`,
          )
        : NONE;
    },
  },
  {
    id: 'time-entries-conflict',
    run: (context) => {
      const message = timeConflict(context);
      return message === null ? NONE : onVisit(context, 'minutes', message);
    },
  },
];

/**
 * The other checks on an entered code: each already says why the code is not the suggested
 * one, so hcpcs-differs-from-suggestion stays quiet when any of them fired.
 */
const ENTERED_CODE_RULES: ReadonlySet<string> = new Set(
  lineChecks
    .filter(
      (check) => check.when === 'entered-code' && check.id !== 'hcpcs-differs-from-suggestion',
    )
    .map((check) => check.id),
);
