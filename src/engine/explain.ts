// "Show the math" for one result line: the minutes counted and excluded (and why), the unit
// rule and band that gave the units, and why the code was chosen, each with its sources.
import type { CodeTables, UnitRuleRow } from '../data/schema.ts';
import { indexTables } from './code-index.ts';
import { describeDateRange } from './code-choice.ts';
import type { PayerId, VisitLineResult } from './types.ts';

/**
 * Time recorded with a visit and whether it counts toward units: documentation is part of the
 * visit's minutes (excluded or included), travel is recorded beside them (never counted).
 */
export interface TimeStep {
  label: string;
  /**
   * Excluded minutes are taken off the minutes in the visit; included ones stay in them; minutes
   * beside the visit were never part of them, so nothing is taken off.
   */
  effect: 'excluded' | 'included' | 'beside';
  /** The minutes this part of the visit took (always positive). */
  partMinutes: number;
  /** Its change to the minutes counted: −partMinutes when excluded, else 0. */
  minutes: number;
  reason: string;
  sourceIds: string[];
}

export interface LineExplanation {
  time: { totalMinutes: number; steps: TimeStep[]; countedMinutes: number };
  units: {
    ruleId: string | null;
    ruleName: string | null;
    text: string;
    band: { minMinutes: number; maxMinutes: number | null; units: number } | null;
    /** Whether the source states the band used (not only the rule in general). */
    verified: boolean;
    unverifiedNote: string | null;
    sourceIds: string[];
  };
  code: {
    hcpcs: string | null;
    text: string;
    sourceIds: string[];
    verified: boolean;
    unverifiedNote: string | null;
  };
  revenue: { code: string | null; text: string; verified: boolean };
}

/** The band of a time rule that `minutes` falls in. */
export function bandFor(
  rule: UnitRuleRow,
  minutes: number,
): { minMinutes: number; maxMinutes: number | null; units: number } | null {
  if (rule.firstUnitAtMinutes === undefined || rule.incrementMinutes === undefined) return null;
  const first = rule.firstUnitAtMinutes;
  const increment = rule.incrementMinutes;
  if (minutes < first)
    return { minMinutes: 0, maxMinutes: first - 1, units: rule.belowFirstUnit ?? 0 };
  const units = Math.floor((minutes - first) / increment) + 1;
  const minMinutes = first + (units - 1) * increment;
  return { minMinutes, maxMinutes: minMinutes + increment - 1, units };
}

export function explainVisitLine(
  line: VisitLineResult,
  payerId: PayerId,
  tables: CodeTables,
): LineExplanation {
  const index = indexTables(tables);
  const payer = index.payers.get(payerId);
  const profile = payer?.profile;
  const basis = line.basis;
  const steps: TimeStep[] = [];
  const timeSources = profile?.time.source ?? [];
  const payerName = profile?.name ?? 'This payer';
  if (basis.travelMinutesExcluded > 0)
    steps.push({
      label: 'Travel',
      effect: 'beside',
      partMinutes: basis.travelMinutesExcluded,
      // Travel is not part of the visit's minutes, so nothing is taken from them.
      minutes: 0,
      reason: `Travel to and from the home is not time spent treating the patient: these ${basis.travelMinutesExcluded} minutes are recorded beside the visit, not part of its ${basis.totalMinutes} minutes in the home, and never counted.${
        profile?.time.travelVerified === false
          ? ` Unverified: ${profile.time.travelNote ?? 'the source does not say how travel is treated.'}`
          : ''
      }`,
      sourceIds: timeSources,
    });
  if (basis.documentationMinutesExcluded > 0)
    steps.push({
      label: 'Documentation',
      effect: 'excluded',
      partMinutes: basis.documentationMinutesExcluded,
      minutes: -basis.documentationMinutesExcluded,
      reason: `${payerName} treats documentation as part of the service, not billable time.`,
      sourceIds: timeSources,
    });
  if (basis.documentationMinutesCounted > 0)
    steps.push({
      label: 'Documentation in the home',
      effect: 'included',
      partMinutes: basis.documentationMinutesCounted,
      minutes: 0,
      // Said in full: a reader who sees 10 under 60 might add them.
      reason: `${payerName} counts documentation done in the home during the visit: these ${basis.documentationMinutesCounted} minutes are part of the ${basis.totalMinutes} minutes in the visit, so they are counted, not added.`,
      sourceIds: timeSources,
    });

  const rule = basis.unitRuleId === null ? undefined : index.unitRules.get(basis.unitRuleId);
  let unitsText = 'No unit rule applies to this line.';
  let band: LineExplanation['units']['band'] = null;
  let unitsVerified = rule?.verified ?? true;
  let unitsNote: string | null = rule?.verified === false ? (rule.unverifiedNote ?? null) : null;
  if (rule && (rule.basis === '15-minute' || rule.basis === 'hour')) {
    band = bandFor(rule, line.minutes);
    const listed =
      band === null
        ? undefined
        : rule.bands.find(
            (row) =>
              row.minMinutes <= line.minutes &&
              (row.maxMinutes === null || line.minutes <= row.maxMinutes),
          );
    if (listed) {
      unitsVerified = rule.verified && listed.verified;
      unitsNote = listed.verified
        ? unitsNote
        : (listed.unverifiedNote ?? rule.unverifiedNote ?? null);
    } else if (band !== null) {
      unitsVerified = rule.verified && rule.beyondBandsVerified;
      unitsNote = rule.beyondBandsVerified ? unitsNote : (rule.beyondBandsNote ?? null);
    }
    if (band !== null && band.units !== line.units) {
      // Only a visit whose time could not be read has units its minutes do not give.
      band = null;
      unitsText =
        'No time could be read for this visit, so it has no units yet. Enter the minutes, or start and end times.';
    } else
      unitsText = band
        ? `${line.minutes} minutes falls in ${band.minMinutes}–${band.maxMinutes ?? '…'} minutes, which is ${band.units} unit${band.units === 1 ? '' : 's'} under "${rule.name}".`
        : `${line.units} units under "${rule.name}".`;
  } else if (rule?.basis === 'per-diem')
    unitsText = `Per diem: one unit for the day of service (${line.units} on this line).`;
  else if (rule?.basis === 'per-service') unitsText = 'One unit per service.';
  else if (rule?.basis === 'days-monitored')
    unitsText = `${line.units} days of monitoring, one unit a day.`;

  const code = line.hcpcs === null ? undefined : index.hcpcs.get(line.hcpcs);
  let codeText: string;
  if (!code)
    codeText =
      line.hcpcs === null
        ? 'No code fits this visit; see its findings.'
        : `${line.hcpcs} was entered; it is not in the code tables.`;
  else {
    const who = [
      basis.discipline,
      basis.credential,
      basis.service,
      basis.mode === 'in-person' ? null : basis.mode,
    ]
      .filter(Boolean)
      .join(' · ');
    const entered = line.hcpcs !== line.suggestedHcpcs ? ' (entered by the coder)' : '';
    codeText = `${code.code}${entered}: ${code.description}. Fits ${who}; ${describeDateRange(code)}${line.date ? `, checked against ${line.date}` : ''}.`;
  }

  const revenue = line.revenueCode === null ? undefined : index.revenue.get(line.revenueCode);
  const revenueText = revenue
    ? `${revenue.code} ${revenue.description}${basis.revenuePairingVerified ? '' : ' — the policy does not state this pairing; it is an assumption'}.`
    : 'No revenue code: the discipline could not be read.';

  return {
    time: { totalMinutes: basis.totalMinutes, steps, countedMinutes: line.minutes },
    units: {
      ruleId: rule?.id ?? null,
      ruleName: rule?.name ?? null,
      text: unitsText,
      band,
      verified: unitsVerified,
      unverifiedNote: unitsNote,
      sourceIds: rule?.source ?? [],
    },
    code: {
      hcpcs: line.hcpcs,
      text: codeText,
      sourceIds: code?.source ?? [],
      verified: code?.verified ?? true,
      unverifiedNote: code?.verified === false ? (code.unverifiedNote ?? null) : null,
    },
    revenue: { code: line.revenueCode, text: revenueText, verified: basis.revenuePairingVerified },
  };
}
