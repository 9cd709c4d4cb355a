// Every check on the whole claim and its items, topic by topic. Claim-level findings come out in
// this order. To add a check, add an entry to its topic's list (and its row to findings.json).
import { billTypeChecks } from './bill-type-checks.ts';
import type { ClaimCheck } from './claim-context.ts';
import { claimLineChecks } from './claim-line-checks.ts';
import { conditionCodeChecks } from './condition-code-checks.ts';
import { itemChecks } from './item-checks.ts';
import { occurrenceCodeChecks } from './occurrence-code-checks.ts';
import { patientStatusChecks } from './patient-status-checks.ts';
import { paymentPeriodChecks } from './payment-period-checks.ts';
import { rp005Checks } from './rp005-checks.ts';
import { skilledVisitChecks } from './skilled-visit-checks.ts';
import { valueCodeChecks } from './value-code-checks.ts';

export const claimChecks: readonly ClaimCheck[] = [
  ...itemChecks,
  ...billTypeChecks,
  ...valueCodeChecks,
  ...patientStatusChecks,
  ...occurrenceCodeChecks,
  ...conditionCodeChecks,
  ...claimLineChecks,
  ...paymentPeriodChecks,
  ...skilledVisitChecks,
  ...rp005Checks,
];
