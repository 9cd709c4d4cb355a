// The single definition of every code table's shape. Types come from z.infer, so the JSON,
// the engine and the screens cannot drift apart. Every row says where it comes from
// (`source`, ids in sources.json) and, where it applies, when it is valid.
// zod/mini: the tables are validated in the browser on load, and mini keeps that code small.
import * as z from 'zod/mini';

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'));

/** A type of bill's first three characters: "032" (home health) or "034" (not under a plan of care). */
const billTypePrefix = z.string().check(z.regex(/^03[24]$/));
const revenueCodeText = z.string().check(z.regex(/^\d{4}$/));

/** Fields every dated, sourced table row carries. */
const provenance = {
  source: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  effectiveFrom: z.optional(isoDate),
  effectiveTo: z.optional(isoDate),
  /** false where the reference marks the fact UNVERIFIED; the reason goes in `unverifiedNote`. */
  verified: z._default(z.boolean(), true),
  unverifiedNote: z.optional(z.string()),
};

export const disciplineIds = ['SN', 'PT', 'OT', 'SLP', 'MSS', 'AIDE'] as const;
export const credentialIds = ['RN', 'LPN', 'PT', 'PTA', 'OT', 'OTA', 'SLP', 'MSW', 'AIDE'] as const;
export const serviceIds = [
  'direct',
  'observation',
  'training',
  'management',
  'therapy',
  'maintenance',
  'social-work',
  'aide',
  'private-duty',
] as const;
export const visitModes = ['in-person', 'audio-video', 'audio-only', 'remote-monitoring'] as const;
export const settingIds = ['home', 'assisted-living', 'other'] as const;
export const unitBases = [
  '15-minute',
  'hour',
  'per-diem',
  'per-service',
  'days-monitored',
] as const;
export const payerIds = ['medicare', 'bcbsil'] as const;
export const severities = ['error', 'warning', 'info'] as const;

export const DisciplineId = z.enum(disciplineIds);
export const CredentialId = z.enum(credentialIds);
export const ServiceId = z.enum(serviceIds);
export const VisitMode = z.enum(visitModes);
export const SettingId = z.enum(settingIds);
export const UnitBasis = z.enum(unitBases);
export const PayerId = z.enum(payerIds);
export const Severity = z.enum(severities);

export const SourceRow = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9.§-]+$/)),
  title: z.string().check(z.minLength(1)),
  citation: z.string().check(z.minLength(1)),
  url: z.optional(z.string()),
  authoritative: z.boolean(),
  reviewed: isoDate,
  /** The payers whose rules this source states; absent for sources that apply to all. */
  payers: z.optional(z.array(PayerId)),
});

/** Other names and abbreviations a row is known by in visit exports (read by src/claim-format). */
const aliases = z._default(z.array(z.string().check(z.minLength(1))), []);

export const DisciplineRow = z.object({
  code: DisciplineId,
  name: z.string().check(z.minLength(1)),
  /** "Skilled Nursing", "Nursing", "HHA": besides its code and name and its credentials'. */
  aliases,
  revenueGroup: z.string().check(z.regex(/^\d{3}X$/)),
  credentials: z.array(CredentialId).check(z.minLength(1)),
  services: z.array(ServiceId).check(z.minLength(1)),
  defaultService: ServiceId,
  /**
   * A skilled service (nursing or therapy) qualifies the patient for home health; aide and
   * social work visits depend on one (CR 9497).
   */
  skilled: z.boolean(),
  source: z.array(z.string()).check(z.minLength(1)),
});

export const CredentialRow = z.object({
  code: CredentialId,
  name: z.string().check(z.minLength(1)),
  /** "LVN", "OTR/L", "COTA", "CNA". */
  aliases,
  source: z.array(z.string()).check(z.minLength(1)),
});

export const ServiceRow = z.object({
  code: ServiceId,
  name: z.string().check(z.minLength(1)),
  /**
   * Words in a task or visit type ("SN Teaching", "PT Evaluation") that name this service for a
   * discipline that offers it. A discipline's usual service also lists the words that name no
   * particular service ("visit", "SOC"), so "PT Visit" is known to mean therapy.
   */
  words: aliases,
  source: z.array(z.string()).check(z.minLength(1)),
});

export const HcpcsKind = z.enum(['visit', 'telehealth', 'location', 'supply', 'drug']);

export const HcpcsRow = z.object({
  code: z.string().check(z.regex(/^[A-Z]\d{4}$/)),
  description: z.string().check(z.minLength(1)),
  kind: HcpcsKind,
  /** The discipline whose visits this code describes (visit codes only). */
  discipline: z.optional(DisciplineId),
  credentials: z._default(z.array(CredentialId), []),
  services: z._default(z.array(ServiceId), []),
  /** Telehealth codes: the visit mode they stand for. */
  mode: z.optional(VisitMode),
  /** Location codes: the setting they stand for. */
  setting: z.optional(SettingId),
  unitBasis: UnitBasis,
  /** Revenue code group the code is reported under; null where it follows the discipline. */
  revenueGroup: z.nullable(z.string().check(z.regex(/^\d{3}X$/))),
  /** False where no source pairs the code with that group (RP005's S- and T-codes). */
  revenueGroupVerified: z._default(z.boolean(), true),
  payers: z.array(PayerId).check(z.minLength(1)),
  replacedBy: z._default(z.array(z.string()), []),
  /** Type-of-bill prefixes a non-visit code may be billed on ("032"); absent: either. */
  billTypes: z.optional(z.array(billTypePrefix)),
  /** Revenue codes of its group the code must not be billed under (A9272: not 0274). */
  excludedRevenueCodes: z._default(z.array(revenueCodeText), []),
  ...provenance,
});

/**
 * A revenue code allowed, for some HCPCS/CPT codes and claims, on a type of bill it is otherwise
 * not valid on (0559 for nurse-applied dNPWT on 034x). The dates are the claim's Through date.
 */
export const BillTypeException = z.object({
  billType: billTypePrefix,
  hcpcs: z.array(z.string().check(z.regex(/^[A-Z0-9]\d{3}[A-Z0-9]$/))).check(z.minLength(1)),
  ...provenance,
});

export const RevenueCodeRow = z.object({
  code: z.string().check(z.regex(/^\d{4}$/)),
  group: z.string().check(z.regex(/^\d{3}X$|^\d{4}$/)),
  description: z.string().check(z.minLength(1)),
  /** Type-of-bill prefixes the code may appear on (e.g. "032", "034"). */
  billTypes: z.array(billTypePrefix).check(z.minLength(1)),
  billTypeExceptions: z._default(z.array(BillTypeException), []),
  discipline: z.optional(DisciplineId),
  /** "visit" or "hourly" subcode of a visit discipline. */
  charge: z.optional(z.enum(['visit', 'hourly', 'general', 'other'])),
  requiresHcpcs: z._default(z.boolean(), false),
  payers: z.array(PayerId).check(z.minLength(1)),
  ...provenance,
});

/** What a type of bill does, as its frequency digit says (NUBC): the checks ask this, not the code. */
export const billTypeKinds = [
  'period-claim',
  'no-payment',
  'rap',
  'late-charges',
  'replacement',
  'void',
  'noa',
  'noa-cancel',
  'admit-through-discharge',
] as const;

export const BillTypeRow = z.object({
  code: z.string().check(z.regex(/^03[24][0-9A-Z]$/)),
  description: z.string().check(z.minLength(1)),
  kind: z.enum(billTypeKinds),
  /** A home health period's claim or its replacement (0329, 0327): visit lines, HIPPS line, period codes. */
  periodClaim: z._default(z.boolean(), false),
  /** For periods (From date) on or after / up to these dates. */
  ...provenance,
  accepted: z._default(z.boolean(), true),
  /** A Medicare home health bill (RAP, NOA, no-payment bill): not offered for other payers. */
  medicareOnly: z._default(z.boolean(), false),
  /** Types of bill that took over from this one when it ended (0322 → 032A). */
  replacedBy: z._default(z.array(z.string()), []),
  rules: z.optional(z.string()),
});

export const ConditionCodeRow = z.object({
  code: z.string().check(z.regex(/^[0-9A-Z]{2}$/)),
  description: z.string().check(z.minLength(1)),
  /** Claim change reason codes name the type of bill they go with. */
  claimChangeReason: z._default(z.boolean(), false),
  billType: z.optional(z.string()),
  ...provenance,
});

export const OccurrenceCodeRow = z.object({
  code: z.string().check(z.regex(/^[0-9A-Z]{2}$/)),
  description: z.string().check(z.minLength(1)),
  span: z._default(z.boolean(), false),
  billTypes: z._default(z.array(z.string()), []),
  ...provenance,
});

export const ValueCodeRow = z.object({
  code: z.string().check(z.regex(/^[0-9A-Z]{2}$/)),
  description: z.string().check(z.minLength(1)),
  /** "amount" in dollars, or "number" keyed with two zero cents (CBSA, FIPS). */
  valueKind: z.enum(['amount', 'number']),
  enteredByProvider: z.boolean(),
  ...provenance,
});

export const SimpleCodeRow = z.object({
  code: z.string().check(z.regex(/^[0-9A-Z]{1,2}$/)),
  description: z.string().check(z.minLength(1)),
  ...provenance,
});

export const UnitBand = z.object({
  minMinutes: z.int().check(z.nonnegative()),
  maxMinutes: z.nullable(z.int().check(z.nonnegative())),
  units: z.int().check(z.nonnegative()),
  verified: z._default(z.boolean(), true),
  unverifiedNote: z.optional(z.string()),
});

/**
 * Minutes-to-units rule for the time-based bases. Units are
 * `belowFirstUnit` under `firstUnitAtMinutes`, else one plus one more per full
 * `incrementMinutes` past it. `bands` reproduce the published table for display and tests.
 */
export const UnitRuleRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
  name: z.string().check(z.minLength(1)),
  basis: UnitBasis,
  firstUnitAtMinutes: z.optional(z.int().check(z.nonnegative())),
  incrementMinutes: z.optional(z.int().check(z.positive())),
  belowFirstUnit: z.optional(z.int().check(z.nonnegative())),
  /** Finding raised when a visit falls below the first unit. */
  belowFirstUnitFinding: z.optional(z.string()),
  bands: z._default(z.array(UnitBand), []),
  /** Whether the rule's continuation past its listed bands is stated by the source. */
  beyondBandsVerified: z._default(z.boolean(), true),
  beyondBandsNote: z.optional(z.string()),
  /**
   * Most units one line may carry: a line covers one day, so 24 for hourly units and 1 for a
   * per diem (15-minute lines use the payer profile's maxUnitsPerLine, units-over-96).
   */
  maxUnitsPerDay: z.optional(z.int().check(z.positive())),
  ...provenance,
});

export const PayerProfileRow = z.object({
  id: PayerId,
  name: z.string().check(z.minLength(1)),
  policy: z.string().check(z.minLength(1)),
  source: z.array(z.string()).check(z.minLength(1)),
  /** Which unit rule applies to each unit basis this payer uses. */
  unitRules: z.partialRecord(UnitBasis, z.string()),
  time: z.object({
    countsDocumentation: z.boolean(),
    source: z.array(z.string()).check(z.minLength(1)),
    /** False where the source does not say how travel is treated and the tool infers it. */
    travelVerified: z._default(z.boolean(), true),
    travelNote: z.optional(z.string()),
  }),
  /** In-person visit codes this payer expects, as candidates for code choice. */
  visitCodes: z.array(z.string()).check(z.minLength(1)),
  /** Codes for services not given in person, by mode. */
  telehealthCodes: z.partialRecord(VisitMode, z.string()),
  /** Codes that a coder may enter and this payer keeps with their own units. */
  acceptedCodes: z._default(z.array(z.string()), []),
  /** Revenue subcode by the HCPCS unit basis ("1" visit charge, "2" hourly charge). */
  revenueSubcodes: z.partialRecord(
    UnitBasis,
    z.object({ subcode: z.string().check(z.regex(/^\d$/)), verified: z.boolean() }),
  ),
  locationLines: z.boolean(),
  medicareClaimRules: z.boolean(),
  commercialRules: z.boolean(),
  maxUnitsPerLine: z.int().check(z.positive()),
});

export const FindingCatalogueRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  severity: Severity,
  scope: z.enum(['line', 'claim', 'either']),
  source: z.array(z.string()).check(z.minLength(1)),
  payers: z.array(PayerId).check(z.minLength(1)),
});

/** One claim rule's setting: its value, what it means, when it applies and where it is stated. */
function ruleSetting<Value extends z.ZodMiniType>(value: Value) {
  return z.strictObject({
    name: z.string().check(z.minLength(1)),
    value,
    description: z.string().check(z.minLength(1)),
    ...provenance,
  });
}
const dayCount = z.int().check(z.positive());

/**
 * The dated numbers and dates the claim checks rest on (claim-rules.json). Facts a code table
 * already holds (the NOA's first day, value code 85's, the location Q-codes') are read there.
 */
export const ClaimRules = z.strictObject({
  pdgmStart: ruleSetting(isoDate),
  periodDays: ruleSetting(dayCount),
  episodeDays: ruleSetting(dayCount),
  lupaThresholdFloor: ruleSetting(dayCount),
  episodeLupaThreshold: ruleSetting(dayCount),
  noaTimelyDays: ruleSetting(dayCount),
  dischargeWindowDays: ruleSetting(dayCount),
  intermittentMaxDays: ruleSetting(dayCount),
  intermittentDailyMinutes: ruleSetting(dayCount),
  intermittentFullDaysInARow: ruleSetting(dayCount),
  countyCodeOnNoPaymentBillFrom: ruleSetting(isoDate),
});
export type ClaimRules = z.infer<typeof ClaimRules>;

/** A catalogue finding's title and what it checks, in words (finding-descriptions.json). */
export const FindingDescriptionRow = z.object({
  id: z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)),
  title: z.string().check(z.minLength(1)),
  checks: z.string().check(z.minLength(1)),
});
export const FindingDescriptions = z.array(FindingDescriptionRow);

export type SourceRow = z.infer<typeof SourceRow>;
export type DisciplineRow = z.infer<typeof DisciplineRow>;
export type CredentialRow = z.infer<typeof CredentialRow>;
export type ServiceRow = z.infer<typeof ServiceRow>;
export type HcpcsRow = z.infer<typeof HcpcsRow>;
export type RevenueCodeRow = z.infer<typeof RevenueCodeRow>;
export type BillTypeException = z.infer<typeof BillTypeException>;
export type BillTypeRow = z.infer<typeof BillTypeRow>;
export type BillTypeKind = BillTypeRow['kind'];
export type ConditionCodeRow = z.infer<typeof ConditionCodeRow>;
export type OccurrenceCodeRow = z.infer<typeof OccurrenceCodeRow>;
export type ValueCodeRow = z.infer<typeof ValueCodeRow>;
export type SimpleCodeRow = z.infer<typeof SimpleCodeRow>;
export type UnitRuleRow = z.infer<typeof UnitRuleRow>;
export type PayerProfileRow = z.infer<typeof PayerProfileRow>;
export type FindingCatalogueRow = z.infer<typeof FindingCatalogueRow>;
export type FindingDescriptionRow = z.infer<typeof FindingDescriptionRow>;
export type DisciplineId = z.infer<typeof DisciplineId>;
export type CredentialId = z.infer<typeof CredentialId>;
export type ServiceId = z.infer<typeof ServiceId>;
export type VisitMode = z.infer<typeof VisitMode>;
export type SettingId = z.infer<typeof SettingId>;
export type UnitBasis = z.infer<typeof UnitBasis>;
export type PayerId = z.infer<typeof PayerId>;
export type Severity = z.infer<typeof Severity>;

/** Every table the engine reads, as validated rows. */
export const CodeTables = z.object({
  sources: z.array(SourceRow),
  disciplines: z.array(DisciplineRow),
  credentials: z.array(CredentialRow),
  services: z.array(ServiceRow),
  hcpcs: z.array(HcpcsRow),
  revenueCodes: z.array(RevenueCodeRow),
  billTypes: z.array(BillTypeRow),
  conditionCodes: z.array(ConditionCodeRow),
  occurrenceCodes: z.array(OccurrenceCodeRow),
  valueCodes: z.array(ValueCodeRow),
  patientStatus: z.array(SimpleCodeRow),
  pointOfOrigin: z.array(SimpleCodeRow),
  admissionPriority: z.array(SimpleCodeRow),
  unitRules: z.array(UnitRuleRow),
  payerProfiles: z.array(PayerProfileRow),
  findings: z.array(FindingCatalogueRow),
  claimRules: ClaimRules,
});
export type CodeTables = z.infer<typeof CodeTables>;

/** Words about a code set entry that only the desk reference shows (reference-text.json). */
export const ReferenceTextRow = z.strictObject({
  notes: z.optional(z.string().check(z.minLength(1))),
  rules: z.optional(z.string().check(z.minLength(1))),
  covers: z.optional(z.string().check(z.minLength(1))),
});
/** Code set id ("revenue-codes") → code or id → its words. */
export const ReferenceText = z.record(z.string(), z.record(z.string(), ReferenceTextRow));
export type ReferenceTextRow = z.infer<typeof ReferenceTextRow>;
