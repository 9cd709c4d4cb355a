// Every code table the engine reads, turned into desk-reference code sets. Names shown for
// disciplines, credentials, services, payers and sources come from their own tables.
import type { CodeTables, PayerId, PayerProfileRow, RevenueCodeRow } from '../../data/schema.ts';
import { findingDescriptions } from '../../data/finding-descriptions.ts';
import { referenceText } from '../../data/reference-text.ts';
import { isTimeRule } from '../../engine/index.ts';
import { buildClaimRuleSet } from './claim-rule-set.ts';
import {
  datedEntry,
  linksTo,
  namesOf,
  rulesColumn,
  sourcesColumn,
  text,
  validityColumns,
  withReplaces,
  yesNo,
} from './code-set-entries.ts';
import type { CodeSet, CodeSetId, EntryCell, ReferenceColumn } from './reference-entry.ts';

/** What the tables whose units do not come from minutes count instead. */
const NOT_TIME_UNITS: Partial<Record<string, string>> = {
  'per-diem': 'days of service (one a day)',
  'per-service': 'services (one each)',
  'days-monitored': 'days of remote monitoring',
};

/** What time a payer profile counts toward units, in words (searchable: "travel", "documentation"). */
function timeCountedBy(profile: PayerProfileRow): string {
  const { countsDocumentation, travelVerified } = profile.time;
  return `${profile.name}: time spent with the patient${countsDocumentation ? ', including documentation done in the home during the visit' : '; documentation time is part of the service and not counted'}; travel time is recorded beside the visit and never counted${travelVerified ? '' : ' (unverified)'}.`;
}

/** "1 (visit charge)": the subcode digit, and what kind of charge it is where that is known. */
function subcodeLabel(code: string, charge: RevenueCodeRow['charge']): string {
  const digit = code.slice(3);
  return charge === 'visit' || charge === 'hourly'
    ? `${digit} (${charge} charge)`
    : charge === 'general'
      ? `${digit} (general)`
      : digit;
}

/** The desk reference's code sets, in the order a coder reads a claim. */
export function buildCodeSets(tables: CodeTables): CodeSet[] {
  const discipline = namesOf(tables.disciplines);
  const credential = namesOf(tables.credentials);
  const service = namesOf(tables.services);
  const payerNames = new Map(tables.payerProfiles.map((profile) => [profile.id, profile.name]));
  const payers = (ids: readonly PayerId[]): EntryCell =>
    text(ids.map((id) => payerNames.get(id) ?? id).join('; '));

  const revenueCodes: CodeSet = {
    id: 'revenue-codes',
    title: 'Revenue codes',
    about: 'Revenue codes and their subcodes, with the types of bill each may appear on.',
    keyHeader: 'Revenue code',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'group', header: 'Group' },
      { id: 'subcode', header: 'Subcode' },
      { id: 'discipline', header: 'Discipline' },
      { id: 'billTypes', header: 'Types of bill' },
      { id: 'requiresHcpcs', header: 'HCPCS required' },
      { id: 'payers', header: 'Payers' },
      ...validityColumns,
      sourcesColumn,
    ],
    entries: tables.revenueCodes.map((row) =>
      datedEntry(
        'revenue-codes',
        row.code,
        row.description,
        row,
        {
          description: text(row.description),
          group: text(row.group),
          // A code the tables keep as its own group (0623) has no subcode to show.
          subcode: text(row.group === row.code ? '' : subcodeLabel(row.code, row.charge)),
          discipline: text(row.discipline === undefined ? '' : discipline(row.discipline)),
          billTypes: text(
            [
              row.billTypes.map((prefix) => `${prefix}x`).join(', '),
              ...row.billTypeExceptions.map(
                (exception) =>
                  `also ${exception.billType}x with ${exception.hcpcs.join(' or ')}, for claims through ${exception.effectiveFrom ?? 'any date'} to ${exception.effectiveTo ?? 'today'}`,
              ),
            ].join('; '),
          ),
          requiresHcpcs: yesNo(row.requiresHcpcs),
          payers: payers(row.payers),
        },
        [row.discipline ?? '', row.charge ?? ''],
      ),
    ),
  };

  const hcpcs: CodeSet = {
    id: 'hcpcs',
    title: 'HCPCS',
    about:
      'HCPCS codes for visits, telehealth, location, supplies and drugs: who may give the service, its unit basis and when the code is valid.',
    keyHeader: 'HCPCS',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'discipline', header: 'Discipline' },
      { id: 'credentials', header: 'Credentials' },
      { id: 'services', header: 'Service' },
      { id: 'unitBasis', header: 'Unit basis' },
      { id: 'revenueGroup', header: 'Revenue code group' },
      { id: 'payers', header: 'Payers' },
      ...validityColumns,
      { id: 'replacedBy', header: 'Replaced by' },
      sourcesColumn,
    ],
    entries: withReplaces(
      tables.hcpcs.map((row) => ({
        ...datedEntry(
          'hcpcs',
          row.code,
          row.description,
          row,
          {
            description: text(row.description),
            discipline: text(row.discipline === undefined ? '' : discipline(row.discipline)),
            credentials: text(row.credentials.map(credential).join('; ')),
            services: text(row.services.map(service).join('; ')),
            unitBasis: text(row.unitBasis),
            revenueGroup: text(
              [
                row.revenueGroup ?? '',
                row.revenueGroup !== null && !row.revenueGroupVerified
                  ? '(unverified: the policy pairs no revenue code with this code)'
                  : '',
                row.excludedRevenueCodes.length > 0
                  ? `(not ${row.excludedRevenueCodes.join(', ')})`
                  : '',
                row.billTypes ? `on ${row.billTypes.map((prefix) => `${prefix}x`).join(', ')}` : '',
              ]
                .filter(Boolean)
                .join(' '),
            ),
            payers: payers(row.payers),
            replacedBy: linksTo('hcpcs', row.replacedBy),
          },
          [row.kind, row.mode ?? '', row.setting ?? '', ...row.services],
        ),
        replacedBy: row.replacedBy.map((key) => ({ setId: 'hcpcs' as const, key })),
      })),
    ),
  };

  const billTypes: CodeSet = {
    id: 'bill-types',
    title: 'Types of bill',
    about: 'Types of bill for home health claims (032x) and Part B services (034x).',
    keyHeader: 'Type of bill',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'accepted', header: 'Accepted' },
      ...validityColumns,
      { id: 'replacedBy', header: 'Replaced by' },
      rulesColumn,
      sourcesColumn,
    ],
    entries: withReplaces(
      tables.billTypes.map((row) => ({
        ...datedEntry('bill-types', row.code, row.description, row, {
          description: text(row.description),
          accepted: yesNo(row.accepted),
          replacedBy: linksTo('bill-types', row.replacedBy),
        }),
        replacedBy: row.replacedBy.map((key) => ({ setId: 'bill-types' as const, key })),
      })),
    ),
  };

  const conditionCodes: CodeSet = {
    id: 'condition-codes',
    title: 'Condition codes and claim change reasons',
    about:
      'Condition codes, including the claim change reason codes each adjustment or cancel type of bill needs.',
    keyHeader: 'Condition code',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'claimChangeReason', header: 'Claim change reason' },
      { id: 'billType', header: 'Type of bill' },
      ...validityColumns,
      rulesColumn,
      sourcesColumn,
    ],
    entries: tables.conditionCodes.map((row) =>
      datedEntry('condition-codes', row.code, row.description, row, {
        description: text(row.description),
        claimChangeReason: yesNo(row.claimChangeReason),
        billType:
          row.billType === undefined ? text('') : linksTo('bill-types', row.billType.split(/,\s*/)),
      }),
    ),
  };

  const occurrenceCodes: CodeSet = {
    id: 'occurrence-codes',
    title: 'Occurrence and span codes',
    about: 'Occurrence codes (one date) and occurrence span codes (a from and a through date).',
    keyHeader: 'Occurrence code',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'span', header: 'Kind' },
      { id: 'billTypes', header: 'Types of bill' },
      ...validityColumns,
      rulesColumn,
      sourcesColumn,
    ],
    entries: tables.occurrenceCodes.map((row) =>
      datedEntry('occurrence-codes', row.code, row.description, row, {
        description: text(row.description),
        span: text(row.span ? 'Occurrence span' : 'Occurrence'),
        billTypes: text(row.billTypes.map((prefix) => `${prefix}x`).join(', ')),
      }),
    ),
  };

  const valueCodes: CodeSet = {
    id: 'value-codes',
    title: 'Value codes',
    about: 'Value codes: amounts in dollars, or numbers such as CBSA and FIPS codes.',
    keyHeader: 'Value code',
    columns: [
      { id: 'description', header: 'Description' },
      { id: 'valueKind', header: 'Value' },
      { id: 'enteredByProvider', header: 'Entered by provider' },
      ...validityColumns,
      rulesColumn,
      sourcesColumn,
    ],
    entries: tables.valueCodes.map((row) =>
      datedEntry('value-codes', row.code, row.description, row, {
        description: text(row.description),
        valueKind: text(row.valueKind),
        enteredByProvider: yesNo(row.enteredByProvider),
      }),
    ),
  };

  const simpleColumns: readonly ReferenceColumn[] = [
    { id: 'description', header: 'Description' },
    ...validityColumns,
    rulesColumn,
    sourcesColumn,
  ];
  const simpleSet = (
    id: CodeSetId,
    title: string,
    about: string,
    rows: CodeTables['patientStatus'],
  ): CodeSet => ({
    id,
    title,
    about,
    keyHeader: 'Code',
    columns: simpleColumns,
    entries: rows.map((row) =>
      datedEntry(id, row.code, row.description, row, { description: text(row.description) }),
    ),
  });

  const profilesByRule = new Map<string, string[]>();
  for (const profile of tables.payerProfiles) {
    for (const [basis, ruleId] of Object.entries(profile.unitRules)) {
      const uses = profilesByRule.get(ruleId) ?? [];
      uses.push(`${profile.name}: ${basis}`);
      profilesByRule.set(ruleId, uses);
    }
  }

  const unitRules: CodeSet = {
    id: 'unit-rules',
    title: 'Unit tables',
    about: 'How each payer profile turns minutes into units, band by band.',
    keyHeader: 'Unit table',
    columns: [
      { id: 'name', header: 'Name' },
      { id: 'basis', header: 'Unit basis' },
      { id: 'usedBy', header: 'Used by payer profile' },
      { id: 'bands', header: 'Bands (minutes: units)' },
      { id: 'timeCounted', header: 'Time counted' },
      { id: 'belowFirstUnitFinding', header: 'Finding below the first unit' },
      ...validityColumns,
      sourcesColumn,
    ],
    entries: tables.unitRules.map((row) => ({
      ...datedEntry(
        'unit-rules',
        row.id,
        row.name,
        row,
        {
          name: text(row.name),
          basis: text(row.basis),
          usedBy: text((profilesByRule.get(row.id) ?? []).join('; ')),
          // Only minutes-based tables count time; the others name what they count instead, so
          // a search for "travel" finds one table per payer, not every table it uses.
          timeCounted: text(
            isTimeRule(row)
              ? tables.payerProfiles
                  .filter((profile) => Object.values(profile.unitRules).includes(row.id))
                  .map(timeCountedBy)
                  .join(' ')
              : `Units count ${NOT_TIME_UNITS[row.basis] ?? row.basis}, not minutes.`,
          ),
          bands: text(
            row.bands
              .map(
                (band) =>
                  `${band.minMinutes}–${band.maxMinutes ?? 'more'}: ${band.units}${band.verified ? '' : ' (unverified)'}`,
              )
              .join('; '),
          ),
          belowFirstUnitFinding:
            row.belowFirstUnitFinding === undefined
              ? text('')
              : linksTo('findings', [row.belowFirstUnitFinding]),
        },
        [],
      ),
      bands: row.bands,
    })),
  };

  const findings: CodeSet = {
    id: 'findings',
    title: 'Findings',
    about: 'Every check the calculator runs: its severity, what it checks and its source.',
    keyHeader: 'Finding',
    columns: [
      { id: 'title', header: 'Title' },
      { id: 'severity', header: 'Severity' },
      { id: 'scope', header: 'Scope' },
      { id: 'checks', header: 'What it checks' },
      { id: 'payers', header: 'Payers' },
      sourcesColumn,
    ],
    entries: tables.findings.map((row) => ({
      setId: 'findings',
      key: row.id,
      title: findingDescriptions.get(row.id)?.title ?? row.id,
      cells: {
        title: text(findingDescriptions.get(row.id)?.title ?? ''),
        severity: text(row.severity),
        scope: text(row.scope),
        checks: text(findingDescriptions.get(row.id)?.checks ?? ''),
        payers: payers(row.payers),
        sources: linksTo('sources', row.source),
      },
      replacedBy: [],
      replaces: [],
      verified: true,
      sources: row.source.map((id) => ({ setId: 'sources', key: id })),
      extraWords: '',
    })),
  };

  const sources: CodeSet = {
    id: 'sources',
    title: 'Sources',
    about:
      'Where every table row comes from, whether it is authoritative and when it was reviewed.',
    keyHeader: 'Source',
    // Whether a source can be relied on, and when it was read, come before its long address.
    columns: [
      { id: 'title', header: 'Title' },
      { id: 'authoritative', header: 'Authoritative' },
      { id: 'reviewed', header: 'Reviewed' },
      { id: 'covers', header: 'What it covers' },
      { id: 'citation', header: 'Citation' },
      { id: 'url', header: 'Address' },
    ],
    entries: tables.sources.map((row) => ({
      setId: 'sources',
      key: row.id,
      title: row.title,
      cells: {
        title: text(row.title),
        citation: text(row.citation),
        url: text(row.url ?? ''),
        covers: text(referenceText('sources', row.id).covers ?? ''),
        authoritative: yesNo(row.authoritative),
        reviewed: text(row.reviewed),
      },
      replacedBy: [],
      replaces: [],
      verified: true,
      sources: [],
      extraWords: '',
    })),
  };

  return [
    revenueCodes,
    hcpcs,
    billTypes,
    conditionCodes,
    occurrenceCodes,
    valueCodes,
    simpleSet(
      'patient-status',
      'Patient status',
      'Patient discharge status codes.',
      tables.patientStatus,
    ),
    simpleSet(
      'point-of-origin',
      'Point of origin',
      'Where the patient came from (point of origin for admission or visit).',
      tables.pointOfOrigin,
    ),
    simpleSet(
      'admission-priority',
      'Priority of admission',
      'Priority (type) of admission or visit.',
      tables.admissionPriority,
    ),
    unitRules,
    buildClaimRuleSet(tables.claimRules),
    findings,
    sources,
  ];
}
