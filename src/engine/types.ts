// The engine's contract: the claim it reads (the command line's JSON format) and the result
// it returns. Inputs are `unknown` at the boundary; claim-input.ts turns them into these.
import type {
  CredentialId,
  DisciplineId,
  PayerId,
  ServiceId,
  SettingId,
  Severity,
  UnitBasis,
  VisitMode,
} from '../data/schema.ts';

export type {
  CredentialId,
  DisciplineId,
  PayerId,
  ServiceId,
  SettingId,
  Severity,
  UnitBasis,
  VisitMode,
};

export interface VisitActivity {
  service: ServiceId;
  minutes: number;
}

/** One visit as a coder enters it. */
export interface VisitInput {
  id: string;
  /** The day the visit began (YYYY-MM-DD). A visit that crosses midnight is dated the day it ended. */
  date: string;
  discipline: DisciplineId;
  credential: CredentialId;
  service?: ServiceId;
  minutes?: number;
  start?: string;
  end?: string;
  activities?: VisitActivity[];
  /** Travel to and from the home, recorded beside the visit: never part of its minutes. */
  travelMinutes?: number;
  /** Documentation in the home: part of the visit's minutes (counted or not by the payer). */
  documentationMinutes?: number;
  mode?: VisitMode;
  monitoringDays?: number;
  setting?: SettingId;
  hcpcs?: string | string[];
  units?: number;
  /** Dollars, at most two decimals. */
  charge?: number;
  /** HCPCS modifiers on the line: up to four, two characters each ("KX GP" or a list). */
  modifiers?: string | string[];
}

export interface ItemInput {
  id: string;
  revenueCode: string;
  hcpcs?: string;
  date: string;
  units: number;
  charge: number;
}

export interface ClaimInput {
  payer: PayerId;
  billType?: string;
  from?: string;
  through?: string;
  admissionDate?: string;
  noaAcceptedDate?: string;
  patientStatus?: string;
  hipps?: string;
  /** The HIPPS code's LUPA threshold from the year's CMS table, when the coder knows it. */
  lupaThreshold?: number;
  /** Remarks (UB-04 FL 80): free text, such as the reason for an adjustment or cancel. */
  remarks?: string;
  /** Modifiers on the 0023 (HIPPS) line: KX asks for the late-NOA exception (CR 13543 MAC pages). */
  hippsModifiers?: string | string[];
  conditionCodes?: string[];
  occurrenceCodes?: { code: string; date: string }[];
  /** Occurrence span codes (UB-04 FL 35-36): a code with the first and last day it covers. */
  occurrenceSpanCodes?: { code: string; from: string; through: string }[];
  valueCodes?: { code: string; value: string | number }[];
  visits: VisitInput[];
  items?: ItemInput[];
}

/**
 * Where a finding points, as data: the visit, item or claim, and the field (its key in the claim
 * format). `entry` and `key` pick an entry of a list field (a visit's activity, an occurrence
 * code) and its field. `field` is "" for the whole visit, item or claim.
 */
export interface FindingTarget {
  list: 'visits' | 'items' | 'claim';
  /** The visit's or item's position, from 0; absent for the claim. */
  index?: number | undefined;
  field: string;
  entry?: number | undefined;
  key?: string | undefined;
}

export interface Finding {
  /** Stable kebab-case id from the findings catalogue. */
  rule: string;
  severity: Severity;
  lineId?: string | undefined;
  /** The input field the finding is about, e.g. "visits[2].minutes". */
  field?: string | undefined;
  /** The same field as data ({list: 'visits', index: 2, field: 'minutes'}), for tools and views. */
  target?: FindingTarget | undefined;
  message: string;
  /** Human-readable citation(s). */
  source: string;
  /** Ids of the sources in the sources table, for links to the desk reference. */
  sourceIds: string[];
}

export interface VisitLineResult {
  id: string;
  /** The line's service date (the day the visit ended), or null when the date cannot be read. */
  date: string | null;
  revenueCode: string | null;
  /** The entered code, else the suggested one; null when none fits. */
  hcpcs: string | null;
  suggestedHcpcs: string | null;
  units: number;
  unitBasis: UnitBasis | null;
  /** Minutes counted toward units. */
  minutes: number;
  findings: Finding[];
  /** How the figures came about, for "show the math". */
  basis: {
    totalMinutes: number;
    /** Travel recorded beside the visit: not part of totalMinutes, never counted. */
    travelMinutesExcluded: number;
    documentationMinutesExcluded: number;
    documentationMinutesCounted: number;
    unitRuleId: string | null;
    discipline: DisciplineId | null;
    credential: CredentialId | null;
    service: ServiceId | null;
    mode: VisitMode;
    endsNextDay: boolean;
    enteredUnits: number | null;
    revenuePairingVerified: boolean;
  };
}

export type ClaimLineKind = 'hipps' | 'visit' | 'location' | 'item';

export interface ClaimLine {
  kind: ClaimLineKind;
  revenueCode: string;
  hcpcs: string | null;
  date: string | null;
  units: number;
  /** Dollars; chargeCents holds the exact amount. */
  charge?: number | undefined;
  chargeCents?: number | undefined;
  visitIds: string[];
  itemId?: string | undefined;
  /** A visit line's HCPCS modifiers as entered (FL 44), when it has any. */
  modifiers?: string[] | undefined;
}

/** How a late Notice of Admission cuts this period's payment. */
export interface LateNoa {
  admissionDate: string;
  noaAcceptedDate: string;
  /** Days from the admission date to the day the NOA was accepted. */
  daysLate: number;
  /** The claim is a later period of the admission, which the late days reach into. */
  laterPeriod: boolean;
  /** Days of this period before the NOA was accepted (daysLate on the admission's first period). */
  daysInPeriod: number;
  /** Days of this period the payment is cut by (at most the period's length). */
  daysCut: number;
  periodDays: number;
  /** daysCut / periodDays: the share of the period's payment that is cut. */
  fractionCut: number;
  /** KX on the 0023 line asks for the exception: no cut is applied (daysCut 0) unless it is denied. */
  exceptionRequested: boolean;
}

export interface ClaimResult {
  payer: PayerId | null;
  billType: string | null;
  lines: VisitLineResult[];
  claimLines: ClaimLine[];
  /**
   * The FIPS state and county code read from value code 85, however it was keyed (08019 from
   * 8019.00, 801900 or 08019); null without a readable one.
   */
  countyCode: string | null;
  /** The late-NOA reduction of this period, or null when the NOA is timely or its dates unknown. */
  lateNoa: LateNoa | null;
  /** Every finding: claim-level ones and each line's, in that order. */
  findings: Finding[];
  totals: { units: number; chargeCents: number; visitLines: number; inPersonVisits: number };
}
