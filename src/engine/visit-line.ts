// Evaluates one visit into its result line: minutes counted, the code that fits, the revenue
// code, the units under the payer's rule, and the line's findings.
import type { HcpcsRow, UnitRuleRow } from '../data/schema.ts';
import type { NormalClaim, NormalVisit } from './normal-claim.ts';
import type { CodeIndex, PayerIndex } from './code-index.ts';
import {
  chooseRevenueCode,
  chooseService,
  suggestTelehealthCode,
  suggestVisitCode,
  type CodeChoice,
} from './code-choice.ts';
import { runLineChecks } from './checks/run-checks.ts';
import type { LineContext } from './checks/visit-line-checks.ts';
import { addDays } from './dates.ts';
import { citeRow, makeFinding } from './findings.ts';
import { countTimeUnits, isTimeRule } from './units.ts';
import { measureVisitTime } from './visit-time.ts';
import type { Finding, VisitLineResult } from './types.ts';
import { capitalize, withArticle } from './wording.ts';

function unitRuleFor(
  index: CodeIndex,
  payer: PayerIndex,
  code: HcpcsRow | null | undefined,
): UnitRuleRow | undefined {
  // A visit with no code still shows its time in the payer's 15-minute units.
  const basis = code?.unitBasis ?? '15-minute';
  return payer.unitRuleByBasis.get(basis) ?? index.fallbackUnitRule.get(basis);
}

/** The choice for a visit that cannot be coded yet (no discipline, credential or service). */
const NO_CODE: CodeChoice = { code: null };

/** What the lines evaluated so far leave for the later lines of the claim. */
export interface EarlierLines {
  /**
   * Per diem code → the dates that already have its unit, with the message for a later line
   * that day once it has been written (null until then).
   */
  perDiemDaysBilled: Map<string, Map<string, string | null>>;
  /** The id of the claim's first remote monitoring line: a period has one. */
  monitoringLineId: string | null;
}

export function noEarlierLines(): EarlierLines {
  return { perDiemDaysBilled: new Map(), monitoringLineId: null };
}

export function evaluateVisitLine(
  index: CodeIndex,
  payer: PayerIndex,
  claim: NormalClaim,
  visit: NormalVisit,
  earlier: EarlierLines,
): VisitLineResult {
  const findings: Finding[] = [];
  const lineId = visit.id;
  const profile = payer.profile;
  const discipline =
    visit.discipline === undefined ? undefined : index.disciplines.get(visit.discipline);
  const time = measureVisitTime(visit, profile.time.countsDocumentation);
  const date =
    visit.date === undefined ? null : time.endsNextDay ? addDays(visit.date, 1) : visit.date;
  const service = chooseService(visit.activities, visit.service, discipline);

  let choice: CodeChoice = NO_CODE;
  if (
    discipline &&
    visit.credential !== undefined &&
    !discipline.credentials.includes(visit.credential)
  ) {
    choice = {
      code: null,
      problem: {
        rule: 'credential-not-allowed',
        message: `${capitalize(withArticle(visit.credential))} does not give ${discipline.name.toLowerCase()} visits (${discipline.credentials.join(' or ')} do). Correct the discipline or the credential.`,
      },
    };
  } else if (visit.mode !== 'in-person') {
    choice = suggestTelehealthCode(index, payer, visit.mode, date ?? undefined);
  } else if (discipline && visit.credential !== undefined && service !== undefined) {
    choice = suggestVisitCode(payer, discipline.code, visit.credential, service, date ?? undefined);
  }
  if (choice.problem) {
    const finding = makeFinding(payer.findingStamps, choice.problem.rule, choice.problem.message, {
      lineId,
      field: `${visit.field}.${choiceProblemField(choice.problem.rule)}`,
    });
    // A credential the discipline does not have: cite what the discipline table rests on.
    if (choice.problem.rule === 'credential-not-allowed' && discipline)
      citeRow(finding, discipline.source, index.sources);
    findings.push(finding);
  }

  const enteredCode = visit.hcpcs[0];
  const entered = enteredCode === undefined ? undefined : index.hcpcs.get(enteredCode);
  const lineCode = enteredCode === undefined ? choice.code : entered;
  const unitRule = unitRuleFor(index, payer, lineCode);
  const unitBasis = unitRule?.basis ?? null;

  let units = 0;
  let belowFirstUnit = false;
  if (unitRule && isTimeRule(unitRule)) {
    if (time.hasTime) {
      const count = countTimeUnits(unitRule, time.countedMinutes);
      units = count.units;
      belowFirstUnit = count.belowFirstUnit;
    } else if (!visit.timeTyped) {
      findings.push(
        makeFinding(
          payer.findingStamps,
          'invalid-input',
          'Enter the minutes, or start and end times, so units can be counted.',
          { lineId, field: `${visit.field}.minutes` },
        ),
      );
    }
  } else if (unitBasis === 'days-monitored') {
    if (earlier.monitoringLineId === null) earlier.monitoringLineId = lineId;
    else
      findings.push(
        makeFinding(
          payer.findingStamps,
          'remote-monitoring-duplicate',
          `This period already has a remote monitoring line (${earlier.monitoringLineId}). Report monitoring on one line a period, dated the first day monitored, with all the days monitored as its units, under one discipline's revenue code.`,
          { lineId, field: `${visit.field}.mode` },
        ),
      );
    if (visit.monitoringDays !== undefined) units = visit.monitoringDays;
    else
      findings.push(
        makeFinding(
          payer.findingStamps,
          'invalid-input',
          'Enter the number of days monitored; remote monitoring is billed in days.',
          { lineId, field: `${visit.field}.monitoringDays` },
        ),
      );
  } else if (unitBasis === 'per-diem') {
    const code = lineCode?.code ?? '';
    const day = date ?? '';
    let daysBilled = earlier.perDiemDaysBilled.get(code);
    if (!daysBilled) earlier.perDiemDaysBilled.set(code, (daysBilled = new Map()));
    const billed = daysBilled.get(day);
    if (billed === undefined) {
      daysBilled.set(day, null);
      units = 1;
    } else {
      // Every later line that day gets the same message, so it is written once.
      const message =
        billed ??
        `${lineCode?.code ?? 'This per diem code'} already has its unit for ${date ?? 'this day'} on an earlier line, so this line gets 0 units. Per diem is one unit a day however many visits.`;
      if (billed === null) daysBilled.set(day, message);
      findings.push(
        makeFinding(payer.findingStamps, 'per-diem-same-day', message, {
          lineId,
          field: `${visit.field}.units`,
        }),
      );
    }
  } else if (unitBasis !== null) {
    units = 1;
  }

  const revenue = discipline ? chooseRevenueCode(index, payer, discipline, unitBasis) : undefined;
  const revenueCode = revenue?.code ?? null;
  const revenuePairingVerified = revenue?.verified ?? true;

  const line: VisitLineResult = {
    id: lineId,
    date,
    revenueCode,
    hcpcs: enteredCode ?? choice.code?.code ?? null,
    suggestedHcpcs: choice.code?.code ?? null,
    units,
    unitBasis,
    minutes: time.countedMinutes,
    findings,
    basis: {
      totalMinutes: time.totalMinutes,
      travelMinutesExcluded: time.travelMinutes,
      documentationMinutesExcluded: time.documentationMinutesExcluded,
      documentationMinutesCounted: time.documentationMinutesCounted,
      unitRuleId: unitRule?.id ?? null,
      discipline: discipline?.code ?? null,
      credential: visit.credential ?? null,
      service: service ?? null,
      mode: visit.mode,
      endsNextDay: time.endsNextDay,
      enteredUnits: visit.units ?? null,
      revenuePairingVerified,
    },
  };
  const context: LineContext = {
    index,
    payer,
    claim,
    visit,
    line,
    discipline,
    entered,
    revenue: revenue?.row,
    suggested: choice.code,
    unitRule,
    belowFirstUnit,
  };
  runLineChecks(context);
  return line;
}

/** Where to correct a visit no code fits: the entry that stands in the way, not the code. */
function choiceProblemField(rule: string): string {
  if (rule === 'credential-not-allowed') return 'credential';
  if (rule === 'code-not-effective') return 'date';
  if (rule === 'no-hcpcs-fits') return 'service';
  return 'hcpcs';
}
