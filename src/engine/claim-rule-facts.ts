// The claim rules' dated facts in one place: the settings of claim-rules.json, and the dates and
// lists a code table already holds, read from that table so no fact is stated twice.
import type { BillTypeKind, BillTypeRow, ClaimRules, CodeTables } from '../data/schema.ts';

export interface ClaimRuleFacts {
  settings: ClaimRules;
  /** Each type of bill's kind ("rap", "no-payment"), by code. */
  billTypeKinds: Map<string, BillTypeKind>;
  /** Types of bill that carry a period's visit lines (0329 and its replacement 0327). */
  periodClaims: Set<string>;
  /** The period claim's code (0329). */
  periodClaimBill: string | undefined;
  /** The RAP's row (0322): its last day and what replaced it. */
  rap: BillTypeRow | undefined;
  /** The no-payment bill's code (0320). */
  noPaymentBill: string | undefined;
  /** First day of the Notice of Admission (032A's row), from which its timeliness counts. */
  noaStart: string | undefined;
  /** Claim change reason codes by the type of bill they go with (condition-codes.json). */
  changeReasonsByBillType: Map<string, string[]>;
  /** First day value code 85 (FIPS county) is required (its row in value-codes.json). */
  countyCodeStart: string | undefined;
  /** First day of the location Q-codes (Q5001, Q5002, Q5009 in hcpcs.json). */
  locationCodesStart: string | undefined;
}

function earliest(dates: readonly (string | undefined)[]): string | undefined {
  let first: string | undefined;
  for (const date of dates)
    if (date !== undefined && (first === undefined || date < first)) first = date;
  return first;
}

export function readClaimRuleFacts(tables: CodeTables): ClaimRuleFacts {
  const billTypeOfKind = (kind: BillTypeKind) => tables.billTypes.find((row) => row.kind === kind);
  const changeReasonsByBillType = new Map<string, string[]>();
  for (const row of tables.conditionCodes) {
    if (!row.claimChangeReason || row.billType === undefined) continue;
    const list = changeReasonsByBillType.get(row.billType) ?? [];
    list.push(row.code);
    changeReasonsByBillType.set(row.billType, list);
  }
  return {
    settings: tables.claimRules,
    billTypeKinds: new Map(tables.billTypes.map((row) => [row.code, row.kind])),
    periodClaims: new Set(tables.billTypes.filter((row) => row.periodClaim).map((row) => row.code)),
    periodClaimBill: billTypeOfKind('period-claim')?.code,
    rap: billTypeOfKind('rap'),
    noPaymentBill: billTypeOfKind('no-payment')?.code,
    noaStart: billTypeOfKind('noa')?.effectiveFrom,
    changeReasonsByBillType,
    countyCodeStart: tables.valueCodes.find((row) => row.code === '85')?.effectiveFrom,
    locationCodesStart: earliest(
      tables.hcpcs.filter((row) => row.kind === 'location').map((row) => row.effectiveFrom),
    ),
  };
}

/** Codes as a coder reads a list of choices: "D5 or D6", "D0, D1, D2 or D9". */
export function listOfCodes(codes: readonly string[]): string {
  return codes.length < 2
    ? (codes[0] ?? '')
    : `${codes.slice(0, -1).join(', ')} or ${codes[codes.length - 1]!}`;
}
