// Which HCPCS code and revenue code fit a visit: the payer profile's candidates, narrowed by
// discipline, service, credential and date of service, in that order so that the message
// for a visit no code fits names the real reason.
import type { DisciplineRow, HcpcsRow, ServiceId, UnitBasis } from '../data/schema.ts';
import type { CodeChoice, CodeIndex, PayerIndex, RevenueChoice } from './code-index.ts';
import { isEffectiveOn } from './dates.ts';
import type { CredentialId, DisciplineId, VisitActivity, VisitMode } from './types.ts';
import { withArticle } from './wording.ts';

export type { CodeChoice, RevenueChoice };

/** The service that decides the code: the activity with the most minutes, else the one entered. */
export function chooseService(
  activities: readonly VisitActivity[],
  service: ServiceId | undefined,
  discipline: DisciplineRow | undefined,
): ServiceId | undefined {
  let longest: VisitActivity | undefined;
  for (const activity of activities) {
    // Ties keep the activity listed first, so the order the coder entered decides.
    if (longest === undefined || activity.minutes > longest.minutes) longest = activity;
  }
  return longest?.service ?? service ?? discipline?.defaultService;
}

export function describeDateRange(row: HcpcsRow): string {
  if (row.effectiveFrom && row.effectiveTo)
    return `valid ${row.effectiveFrom} to ${row.effectiveTo}`;
  if (row.effectiveFrom) return `valid from ${row.effectiveFrom}`;
  if (row.effectiveTo) return `ended ${row.effectiveTo}`;
  return 'without an end date';
}

function listCodes(rows: readonly HcpcsRow[]): string {
  return rows.map((row) => row.code).join(', ');
}

/** The payer's codes for this discipline and service, then for this credential too. */
interface Candidates {
  forService: HcpcsRow[];
  forCredential: HcpcsRow[];
}

/** The code that fits the visit on its date, or the reason none does. */
export function suggestVisitCode(
  payer: PayerIndex,
  discipline: DisciplineId,
  credential: CredentialId,
  service: ServiceId,
  date: string | undefined,
): CodeChoice {
  const forService = (payer.visitCodesByDiscipline.get(discipline) ?? []).filter((row) =>
    row.services.includes(service),
  );
  const forCredential = forService.filter((row) => row.credentials.includes(credential));
  return chooseVisitCode(
    payer,
    { forService, forCredential },
    discipline,
    credential,
    service,
    date,
  );
}

function chooseVisitCode(
  payer: PayerIndex,
  { forService, forCredential }: Candidates,
  discipline: DisciplineId,
  credential: CredentialId,
  service: ServiceId,
  date: string | undefined,
): CodeChoice {
  if (forService.length === 0) {
    return {
      code: null,
      problem: {
        rule: 'no-hcpcs-fits',
        message: `${payer.profile.name} has no code for ${discipline} ${service} visits. Check the discipline and service, or code the service the clinician actually gave.`,
      },
    };
  }
  if (forCredential.length === 0) {
    const allowed = [...new Set(forService.flatMap((row) => row.credentials))].join(' or ');
    return {
      code: null,
      problem: {
        rule: 'credential-not-allowed',
        message: `No ${discipline} ${service} code allows ${withArticle(credential)}: ${listCodes(forService)} ${forService.length > 1 ? 'are' : 'is'} for ${allowed} only. Have ${withArticle(allowed)} give this service, or code the service the ${credential} gave.`,
      },
    };
  }
  // Without a date of service the code is known only when one code covers every date; otherwise
  // the line waits for the date (its missing date is reported) rather than guess a retired code.
  if (date === undefined) return { code: forCredential.length === 1 ? forCredential[0]! : null };
  const onDate = forCredential.find((row) => isEffectiveOn(row, date));
  if (onDate) return { code: onDate };
  return {
    code: null,
    problem: {
      rule: 'code-not-effective',
      message: `No ${credential} ${service} code was valid on ${date}: ${forCredential.map((row) => `${row.code} is ${describeDateRange(row)}`).join('; ')}. Check the date of service.`,
    },
  };
}

export function suggestTelehealthCode(
  index: CodeIndex,
  payer: PayerIndex,
  mode: VisitMode,
  date: string | undefined,
): CodeChoice {
  const code = payer.profile.telehealthCodes[mode];
  const row = code === undefined ? undefined : index.hcpcs.get(code);
  if (!row) {
    return {
      code: null,
      problem: {
        rule: 'no-hcpcs-fits',
        message: `${payer.profile.name} lists no code for ${mode} services. Check the member's plan for how it covers services not given in person.`,
      },
    };
  }
  if (date !== undefined && !isEffectiveOn(row, date)) {
    return {
      code: null,
      problem: {
        rule: 'code-not-effective',
        message: `${row.code} (${mode}) is ${describeDateRange(row)}, so it cannot be reported on ${date}. Before then these services had no home health code.`,
      },
    };
  }
  return { code: row };
}

/** The discipline's revenue code with the subcode the payer uses for this unit basis. */
export function chooseRevenueCode(
  index: CodeIndex,
  payer: PayerIndex,
  discipline: DisciplineRow,
  basis: UnitBasis | null,
): RevenueChoice {
  const stem = discipline.revenueGroup.slice(0, 3);
  const subcode = (basis === null ? undefined : payer.profile.revenueSubcodes[basis]) ?? {
    subcode: '1',
    verified: true,
  };
  const preferred = `${stem}${subcode.subcode}`;
  const code = index.revenue.has(preferred) ? preferred : `${stem}1`;
  return { code, verified: subcode.verified, row: index.revenue.get(code) };
}
