// The claim as the engine's reader leaves it (claim-input.ts): every field read, checked and in
// the engine's units (minutes after midnight, cents), with where each came from. Checks and
// line assembly read these, never the raw input.
import type {
  CredentialId,
  DisciplineId,
  PayerId,
  ServiceId,
  SettingId,
  VisitMode,
} from '../data/schema.ts';
import type { VisitActivity } from './types.ts';

/** A visit as read. Every key is always present, so all visits share one object shape. */
export interface NormalVisit {
  index: number;
  id: string;
  field: string;
  date: string | undefined;
  discipline: DisciplineId | undefined;
  credential: CredentialId | undefined;
  service: ServiceId | undefined;
  minutes: number | undefined;
  /** Minutes after midnight. */
  start: number | undefined;
  end: number | undefined;
  activities: VisitActivity[];
  travelMinutes: number;
  documentationMinutes: number;
  mode: VisitMode;
  monitoringDays: number | undefined;
  setting: SettingId | undefined;
  hcpcs: string[];
  units: number | undefined;
  chargeCents: number | undefined;
  /** HCPCS modifiers, upper-cased, at most four. */
  modifiers: string[];
  /** Something was typed in minutes, start or end, even if it could not be read. */
  timeTyped: boolean;
}

export interface NormalItem {
  index: number;
  id: string;
  field: string;
  revenueCode?: string;
  hcpcs?: string;
  date?: string;
  units: number;
  chargeCents?: number;
}

export interface NormalClaim {
  payer?: PayerId;
  billType: string;
  /** "032" or "034": what revenue codes' valid types of bill are listed by. */
  billTypePrefix: string;
  from?: string;
  through?: string;
  admissionDate?: string;
  noaAcceptedDate?: string;
  patientStatus?: string;
  hipps?: string;
  lupaThreshold?: number;
  /** Remarks (UB-04 FL 80), trimmed; absent when blank or too long. */
  remarks?: string;
  /** The 0023 line's modifiers, upper-cased; empty when none. */
  hippsModifiers: string[];
  conditionCodes: string[];
  occurrenceCodes: { code: string; date?: string }[];
  /** Span codes whose dates could be read; an entry missing a date is reported and left out. */
  occurrenceSpanCodes: { code: string; from: string; through: string }[];
  valueCodes: { code: string; value: string }[];
  visits: NormalVisit[];
  items: NormalItem[];
}
