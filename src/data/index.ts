// The one place JSON code tables are read. They are validated against their schemas once,
// when first imported; a table that does not match fails loudly here, not in a screen.
import admissionPriority from './admission-priority.json';
import billTypes from './bill-types.json';
import claimRules from './claim-rules.json';
import conditionCodes from './condition-codes.json';
import credentials from './credentials.json';
import disciplines from './disciplines.json';
import findings from './findings.json';
import hcpcs from './hcpcs.json';
import occurrenceCodes from './occurrence-codes.json';
import patientStatus from './patient-status.json';
import payerProfiles from './payer-profiles.json';
import pointOfOrigin from './point-of-origin.json';
import revenueCodes from './revenue-codes.json';
import { CodeTables } from './schema.ts';
import services from './services.json';
import sources from './sources.json';
import unitRules from './unit-rules.json';
import valueCodes from './value-codes.json';

/** The raw JSON, as bundled; exported for the data tests. */
export const rawTables = {
  sources,
  disciplines,
  credentials,
  services,
  hcpcs,
  revenueCodes,
  billTypes,
  conditionCodes,
  occurrenceCodes,
  valueCodes,
  patientStatus,
  pointOfOrigin,
  admissionPriority,
  unitRules,
  payerProfiles,
  findings,
  claimRules,
};

/** The validated code tables every part of the app reads. */
export const codeTables: CodeTables = CodeTables.parse(rawTables);

/** The date the tables were last reviewed against their sources (the latest source review). */
export const tablesReviewedOn: string = codeTables.sources.reduce(
  (latest, source) => (source.reviewed > latest ? source.reviewed : latest),
  '',
);
