// Checks on occurrence codes and occurrence span codes: the OASIS assessment date (50), the
// discharge before the period (61, 62), and span codes entered where they belong, within the period.
// Occurrence code 50 is required on claims for periods from the PDGM start; 61 and 62 report a
// discharge within the window of claim-rules.json.
import type { CodeIndex } from '../code-index.ts';
import { addDays, daysBetween } from '../dates.ts';
import { one, type Issue } from './check.ts';
import { countOf, isPeriodClaim, periodStart, type ClaimCheck } from './claim-context.ts';

const HOSPITAL_DISCHARGE = '61';
const OTHER_DISCHARGE = '62';

/** The occurrence span codes of the tables ("M0, 76, 74"). */
function spanCodes(index: CodeIndex): string[] {
  return index.tables.occurrenceCodes.filter((row) => row.span).map((row) => row.code);
}

export const occurrenceCodeChecks: readonly ClaimCheck[] = [
  {
    id: 'occurrence-50-missing',
    run: (context) => {
      const start = periodStart(context);
      const assessmentDateStart = context.index.claimRules.settings.pdgmStart.value;
      if (!isPeriodClaim(context) || start === undefined || start < assessmentDateStart) return [];
      const assessment = context.claim.occurrenceCodes.find((entry) => entry.code === '50');
      if (assessment === undefined)
        return one(
          `Add occurrence code 50 with the date the OASIS assessment for this period was completed (M0090). Medicare returns ${context.claim.billType} claims for periods from ${assessmentDateStart} that lack it.`,
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
    run: (context) => {
      const { claim } = context;
      const from = claim.from;
      const { pdgmStart, dischargeWindowDays } = context.index.claimRules.settings;
      if (!isPeriodClaim(context) || from === undefined || from < pdgmStart.value) return [];
      const windowDays = dischargeWindowDays.value;
      const laterPeriod = claim.admissionDate !== undefined && from > claim.admissionDate;
      const issues: Issue[] = [];
      claim.occurrenceCodes.forEach((entry, position) => {
        const { code, date } = entry;
        if (code !== HOSPITAL_DISCHARGE && code !== OTHER_DISCHARGE) return;
        // 62 on a later period has its own finding (occurrence-62-later-period).
        if (date === undefined || (code === OTHER_DISCHARGE && laterPeriod)) return;
        const daysBefore = daysBetween(date, from);
        if (daysBefore >= 0 && daysBefore <= windowDays) return;
        const window = `${addDays(from, -windowDays)} to ${from}`;
        issues.push({
          message:
            daysBefore < 0
              ? `Occurrence code ${code} is dated ${date}, after the From date (${from}); it reports a discharge on the From date or in the ${windowDays} days before it (${window}). Correct the date, or remove the code.`
              : `Occurrence code ${code} is dated ${date}, ${daysBefore} days before the From date (${from}); only a discharge in the ${windowDays} days before the From date or on it (${window}) is reported. Remove the code, or correct the date.`,
          field: `occurrenceCodes[${position}].date`,
        });
      });
      return issues;
    },
  },
  {
    id: 'occurrence-62-later-period',
    run: (context) => {
      const { claim } = context;
      const { from, admissionDate } = claim;
      const windowDays = context.index.claimRules.settings.dischargeWindowDays.value;
      if (
        !isPeriodClaim(context) ||
        from === undefined ||
        admissionDate === undefined ||
        from <= admissionDate
      )
        return [];
      const position = claim.occurrenceCodes.findIndex((entry) => entry.code === OTHER_DISCHARGE);
      return position < 0
        ? []
        : one(
            `Occurrence code ${OTHER_DISCHARGE} (other institutional discharge) belongs only on the first period of an admission, whose From date is the admission date (${admissionDate}); this period starts ${from}. Remove ${OTHER_DISCHARGE}; on a later period only a hospital discharge in the ${windowDays} days before the From date is reported, with occurrence code ${HOSPITAL_DISCHARGE}.`,
            { field: `occurrenceCodes[${position}].code` },
          );
    },
  },
  {
    id: 'occurrence-span-as-occurrence',
    run: ({ index, claim }) => {
      if (claim.occurrenceCodes.length === 0) return [];
      const issues: Issue[] = [];
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
    run: ({ index, claim }) => {
      const issues: Issue[] = [];
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
    run: ({ claim }) => {
      const { from, through } = claim;
      const issues: Issue[] = [];
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
];
