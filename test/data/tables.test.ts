import { describe, expect, it } from 'vitest';
import {
  findingDescriptions,
  rawFindingDescriptions,
} from '../../src/data/finding-descriptions.ts';
import { codeTables, rawTables, tablesReviewedOn } from '../../src/data/index.ts';
import { rawReferenceText, referenceText } from '../../src/data/reference-text.ts';
import { CodeTables, FindingDescriptions, ReferenceText } from '../../src/data/schema.ts';
import { daysBetween } from '../../src/engine/index.ts';

const codedTables = Object.entries(codeTables).filter(
  ([name]) => !['unitRules', 'sources', 'payerProfiles', 'findings', 'claimRules'].includes(name),
) as [string, { code: string }[]][];

/** Every row of every table, with each claim rule setting as a row of its own. */
const allRows: object[] = Object.entries(codeTables).flatMap(([name, table]) =>
  name === 'claimRules' ? Object.values(table as object) : (table as object[]),
);

describe('code tables', () => {
  it('match their schemas', () => {
    expect(CodeTables.safeParse(rawTables).success).toBe(true);
  });

  it('reject a row that breaks its schema', () => {
    const broken = { ...rawTables, hcpcs: [{ ...rawTables.hcpcs[0], unitBasis: 'per-fortnight' }] };
    expect(CodeTables.safeParse(broken).success).toBe(false);
  });

  it.each(codedTables)('%s has no duplicate codes', (_name, rows) => {
    const codes = rows.map((row) => row.code);
    expect(codes.filter((code, i) => codes.indexOf(code) !== i)).toEqual([]);
  });

  it.each(['sources', 'unitRules', 'findings', 'payerProfiles'] as const)(
    '%s has no duplicate ids',
    (name) => {
      const ids = codeTables[name].map((row) => row.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    },
  );

  it('never ends a row before it starts', () => {
    const dated = allRows as {
      effectiveFrom?: string;
      effectiveTo?: string;
    }[];
    const backwards = dated.filter(
      (row) => row.effectiveFrom && row.effectiveTo && row.effectiveTo < row.effectiveFrom,
    );
    expect(backwards).toEqual([]);
  });

  it('leaves "retired" and "new" to the dates: no description says it', () => {
    // Whether a code is retired depends on the day asked about; the reference works it out from
    // the dates, so words fixed in a description would be wrong for some "as of" dates.
    const described = allRows as { description?: string }[];
    const worded = described.filter((row) =>
      /\((?:retired|new|discontinued|deleted)\)/i.test(row.description ?? ''),
    );
    expect(worded).toEqual([]);
  });

  it('keeps an UNVERIFIED fact visible with a note saying why', () => {
    const unverified = allRows.filter(
      (row) => (row as { verified?: boolean }).verified === false,
    ) as {
      unverifiedNote?: string;
    }[];
    expect(unverified.length).toBeGreaterThan(0);
    for (const row of unverified) expect(row.unverifiedNote?.length ?? 0).toBeGreaterThan(10);
  });
});

describe('references between tables', () => {
  const sourceIds = new Set(codeTables.sources.map((row) => row.id));
  const hcpcs = new Set(codeTables.hcpcs.map((row) => row.code));
  const revenueGroups = new Set(codeTables.revenueCodes.map((row) => row.group));

  it('cites only sources that the sources table defines', () => {
    const cited = allRows.flatMap((row) => [
      ...((row as { source?: string[] }).source ?? []),
      ...((row as { time?: { source: string[] } }).time?.source ?? []),
    ]);
    expect(cited.filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  it("gives every finding, for each payer it applies to, a source that states that payer's rules", () => {
    const payersOf = new Map(codeTables.sources.map((row) => [row.id, row.payers]));
    const uncited = codeTables.findings.flatMap((row) =>
      row.payers
        .filter(
          (payer) =>
            !row.source.some((id) => {
              const payers = payersOf.get(id);
              return payers === undefined || payers.includes(payer);
            }),
        )
        .map((payer) => `${row.id} (${payer})`),
    );
    expect(uncited).toEqual([]);
  });

  it('describes every catalogue finding once, and nothing else', () => {
    expect(FindingDescriptions.safeParse(rawFindingDescriptions).success).toBe(true);
    expect(rawFindingDescriptions.map((row) => row.id)).toEqual(
      codeTables.findings.map((row) => row.id),
    );
    expect(findingDescriptions.size).toBe(codeTables.findings.length);
  });

  it("gives the reference's words only to entries the tables have", () => {
    expect(ReferenceText.safeParse(rawReferenceText).success).toBe(true);
    const keysOf: Record<string, string[]> = {
      'revenue-codes': codeTables.revenueCodes.map((row) => row.code),
      hcpcs: codeTables.hcpcs.map((row) => row.code),
      'bill-types': codeTables.billTypes.map((row) => row.code),
      'condition-codes': codeTables.conditionCodes.map((row) => row.code),
      'occurrence-codes': codeTables.occurrenceCodes.map((row) => row.code),
      'value-codes': codeTables.valueCodes.map((row) => row.code),
      'patient-status': codeTables.patientStatus.map((row) => row.code),
      'point-of-origin': codeTables.pointOfOrigin.map((row) => row.code),
      'admission-priority': codeTables.admissionPriority.map((row) => row.code),
      'unit-rules': codeTables.unitRules.map((row) => row.id),
      sources: codeTables.sources.map((row) => row.id),
    };
    const orphans = Object.entries(rawReferenceText).flatMap(([setId, entries]) =>
      Object.keys(entries)
        .filter((key) => !keysOf[setId]?.includes(key))
        .map((key) => `${setId}/${key}`),
    );
    expect(orphans).toEqual([]);
  });

  it('says what every source covers', () => {
    const silent = codeTables.sources.filter((row) => !referenceText('sources', row.id).covers);
    expect(silent.map((row) => row.id)).toEqual([]);
  });

  it('lists only defined HCPCS codes in payer profiles and replacements', () => {
    const referenced = [
      ...codeTables.payerProfiles.flatMap((profile) => [
        ...profile.visitCodes,
        ...profile.acceptedCodes,
        ...Object.values(profile.telehealthCodes),
      ]),
      ...codeTables.hcpcs.flatMap((row) => row.replacedBy),
    ];
    expect(referenced.filter((code) => !hcpcs.has(code as string))).toEqual([]);
  });

  it('uses only defined unit rules and revenue groups', () => {
    const ruleIds = new Set(codeTables.unitRules.map((rule) => rule.id));
    const rules = codeTables.payerProfiles.flatMap((profile) => Object.values(profile.unitRules));
    expect(rules.filter((id) => !ruleIds.has(id as string))).toEqual([]);
    const groups = [
      ...codeTables.disciplines.map((row) => row.revenueGroup),
      ...codeTables.hcpcs.flatMap((row) => (row.revenueGroup ? [row.revenueGroup] : [])),
    ];
    expect(groups.filter((group) => !revenueGroups.has(group))).toEqual([]);
  });

  it('pairs claim change reasons with defined types of bill', () => {
    const billTypes = new Set(codeTables.billTypes.map((row) => row.code));
    const reasons = codeTables.conditionCodes.filter((row) => row.billType !== undefined);
    expect(reasons.filter((row) => !billTypes.has(row.billType!))).toEqual([]);
  });

  it('gives every visit code a discipline whose credentials include the code’s', () => {
    const disciplines = new Map(codeTables.disciplines.map((row) => [row.code, row]));
    const misfits = codeTables.hcpcs.filter(
      (row) =>
        row.discipline &&
        row.credentials.some(
          (credential) => !disciplines.get(row.discipline!)!.credentials.includes(credential),
        ),
    );
    expect(misfits).toEqual([]);
  });
});

describe('freshness tripwire', () => {
  // Codes change every January: this fails a year after the last review, so CI asks for one.
  it('has been reviewed against its sources within the last year', () => {
    const today = new Date().toISOString().slice(0, 10);
    expect(daysBetween(tablesReviewedOn, today)).toBeLessThanOrEqual(366);
  });
});
