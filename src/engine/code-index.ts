// Lookup maps over the code tables, built once per tables object. The tables are inputs to
// the engine; the cache only saves rebuilding the same maps on every keystroke.
import type {
  BillTypeRow,
  CodeTables,
  ConditionCodeRow,
  DisciplineRow,
  FindingCatalogueRow,
  HcpcsRow,
  OccurrenceCodeRow,
  PayerId,
  PayerProfileRow,
  RevenueCodeRow,
  Severity,
  SourceRow,
  UnitBasis,
  UnitRuleRow,
  ValueCodeRow,
} from '../data/schema.ts';
import { readClaimRuleFacts, type ClaimRuleFacts } from './claim-rule-facts.ts';

export interface CodeProblem {
  rule: 'no-hcpcs-fits' | 'credential-not-allowed' | 'code-not-effective';
  message: string;
}

/** The HCPCS code chosen for a visit line, or why none fits. */
export interface CodeChoice {
  code: HcpcsRow | null;
  problem?: CodeProblem;
}

/** A discipline's revenue code for a unit basis. */
export interface RevenueChoice {
  code: string;
  /** False where the payer's pairing of this subcode with the code's unit basis is unverified. */
  verified: boolean;
  row: RevenueCodeRow | undefined;
}

export interface PayerIndex {
  profile: PayerProfileRow;
  /** Visit code candidates by discipline, in the profile's order. */
  visitCodesByDiscipline: Map<string, HcpcsRow[]>;
  /** Every code the payer lists (visit, accepted, telehealth). */
  knownCodes: Set<string>;
  unitRuleByBasis: Map<UnitBasis, UnitRuleRow>;
  /** Severity and citation of each finding on this payer's claims. */
  findingStamps: Map<string, FindingStamp>;
}

export interface CodeIndex {
  tables: CodeTables;
  hcpcs: Map<string, HcpcsRow>;
  revenue: Map<string, RevenueCodeRow>;
  disciplines: Map<string, DisciplineRow>;
  billTypes: Map<string, BillTypeRow>;
  conditionCodes: Map<string, ConditionCodeRow>;
  occurrenceCodes: Map<string, OccurrenceCodeRow>;
  findings: Map<string, FindingCatalogueRow>;
  sources: Map<string, SourceRow>;
  unitRules: Map<string, UnitRuleRow>;
  /** First unit rule of each basis, for codes a payer has no rule of its own for. */
  fallbackUnitRule: Map<UnitBasis, UnitRuleRow>;
  locationCodeBySetting: Map<string, string>;
  payers: Map<PayerId, PayerIndex>;
  /**
   * Severity, citation text and source ids of each findings catalogue row, joined once, for
   * findings made before the payer is known (reading the claim).
   */
  findingStamps: Map<string, FindingStamp>;
  /** Value codes Medicare adds in processing, never entered by the agency. */
  medicareAppliedValueCodes: Map<string, ValueCodeRow>;
  /** The claim rules' settings and the dated facts the checks read from the tables. */
  claimRules: ClaimRuleFacts;
}

/** What every finding of one catalogue id carries, besides its message. */
export interface FindingStamp {
  severity: Severity;
  source: string;
  sourceIds: string[];
}

const cache = new WeakMap<CodeTables, CodeIndex>();

function byCode<T extends { code: string }>(rows: readonly T[]): Map<string, T> {
  return new Map(rows.map((row) => [row.code, row]));
}

/**
 * Each finding's severity and citation. For a payer, the catalogue's sources are cut to those
 * that state that payer's rules (a BCBSIL claim does not cite the Medicare manual), unless
 * none of them does.
 */
function stampFindings(
  rows: readonly FindingCatalogueRow[],
  sources: Map<string, SourceRow>,
  payer: PayerId | undefined,
): Map<string, FindingStamp> {
  const stamps = new Map<string, FindingStamp>();
  for (const row of rows) {
    const forPayer =
      payer === undefined
        ? row.source
        : row.source.filter((id) => sources.get(id)?.payers?.includes(payer) ?? true);
    const sourceIds = forPayer.length > 0 ? forPayer : row.source;
    stamps.set(row.id, {
      severity: row.severity,
      source: citation(sourceIds, sources),
      sourceIds,
    });
  }
  return stamps;
}

/** Source titles joined for a finding's `source`. */
export function citation(sourceIds: readonly string[], sources: Map<string, SourceRow>): string {
  return sourceIds.map((id) => sources.get(id)?.title ?? id).join('; ');
}

function indexPayer(
  profile: PayerProfileRow,
  hcpcs: Map<string, HcpcsRow>,
  unitRules: Map<string, UnitRuleRow>,
  findingStamps: Map<string, FindingStamp>,
): PayerIndex {
  const visitCodesByDiscipline = new Map<string, HcpcsRow[]>();
  for (const code of profile.visitCodes) {
    const row = hcpcs.get(code);
    if (!row?.discipline) continue;
    const list = visitCodesByDiscipline.get(row.discipline) ?? [];
    list.push(row);
    visitCodesByDiscipline.set(row.discipline, list);
  }
  const unitRuleByBasis = new Map<UnitBasis, UnitRuleRow>();
  for (const [basis, ruleId] of Object.entries(profile.unitRules)) {
    const rule = ruleId === undefined ? undefined : unitRules.get(ruleId);
    if (rule) unitRuleByBasis.set(basis as UnitBasis, rule);
  }
  return {
    profile,
    visitCodesByDiscipline,
    knownCodes: new Set([
      ...profile.visitCodes,
      ...profile.acceptedCodes,
      ...Object.values(profile.telehealthCodes).filter(
        (code): code is string => code !== undefined,
      ),
    ]),
    unitRuleByBasis,
    findingStamps,
  };
}

export function indexTables(tables: CodeTables): CodeIndex {
  const cached = cache.get(tables);
  if (cached) return cached;
  const hcpcs = byCode(tables.hcpcs);
  const unitRuleRows = tables.unitRules;
  const unitRules = new Map(unitRuleRows.map((rule) => [rule.id, rule]));
  const fallbackUnitRule = new Map<UnitBasis, UnitRuleRow>();
  for (const rule of unitRuleRows) {
    if (!fallbackUnitRule.has(rule.basis)) fallbackUnitRule.set(rule.basis, rule);
  }
  const sources = new Map(tables.sources.map((source) => [source.id, source]));
  const findingStamps = stampFindings(tables.findings, sources, undefined);
  const locationCodeBySetting = new Map<string, string>();
  for (const row of hcpcs.values()) {
    if (row.kind === 'location' && row.setting) locationCodeBySetting.set(row.setting, row.code);
  }
  const index: CodeIndex = {
    tables,
    hcpcs,
    revenue: byCode(tables.revenueCodes),
    disciplines: byCode(tables.disciplines),
    billTypes: byCode(tables.billTypes),
    conditionCodes: byCode(tables.conditionCodes),
    occurrenceCodes: byCode(tables.occurrenceCodes),
    findings: new Map(tables.findings.map((row) => [row.id, row])),
    sources,
    unitRules,
    fallbackUnitRule,
    locationCodeBySetting,
    payers: new Map(
      tables.payerProfiles.map((profile) => [
        profile.id,
        indexPayer(profile, hcpcs, unitRules, stampFindings(tables.findings, sources, profile.id)),
      ]),
    ),
    findingStamps,
    medicareAppliedValueCodes: byCode(tables.valueCodes.filter((row) => !row.enteredByProvider)),
    claimRules: readClaimRuleFacts(tables),
  };
  cache.set(tables, index);
  return index;
}
