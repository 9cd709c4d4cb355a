// Checks on value codes: 61 (CBSA) and 85 (FIPS county) present once and keyed right, and the
// codes Medicare adds itself never entered by the agency.
import { describeValue } from '../input-values.ts';
import { keyedCountyCode, readCountyCode } from '../county-code.ts';
import { one } from './check.ts';
import {
  countOf,
  isPeriodClaim,
  lastServiceDate,
  markRepeats,
  type ClaimCheck,
} from './claim-context.ts';

/** Value code 61: the 5-digit CBSA code with two zero cents. */
const CBSA_AMOUNT = /^\d{5}\.00$/;
/** A CBSA amount whose digits are right but whose cents are missing or short ("16974", "1697400"). */
const CBSA_WITHOUT_CENTS = /^(\d{5})(?:\.0?|00)?$/;
const SPACES_AND_DASHES = /[\s-]/g;
const HOW_TO_KEY_FIPS =
  'the FIPS state and county code with two zero cents, such as 19153.00 for 19153 (Polk County, Iowa); a code that begins with a zero is keyed without it (08019 as 8019.00)';

function cbsaFormatMessage(value: string): string {
  if (value === '')
    return 'Value code 61 has no amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).';
  const digits = CBSA_WITHOUT_CENTS.exec(value)?.[1];
  return digits !== undefined
    ? `Value code 61 is entered as ${describeValue(value)}; enter ${digits}.00, the CBSA code with two zero cents.`
    : `Value code 61 is entered as ${describeValue(value)}, which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).`;
}

function fipsFormatMessage(value: string): string {
  if (value === '') return `Value code 85 has no amount. Enter ${HOW_TO_KEY_FIPS}.`;
  const joined = readCountyCode(value.replace(SPACES_AND_DASHES, ''));
  if (joined !== null)
    return `Value code 85 is entered as ${describeValue(value)}; enter ${keyedCountyCode(joined)}, with no space between the state and county parts.`;
  return `Value code 85 is entered as ${describeValue(value)}, which is not a FIPS county code keyed as an amount. Enter ${HOW_TO_KEY_FIPS}.`;
}

/** A Medicare check that each value code `code` has an amount of the form `valid`. */
function valueCodeFormat(
  id: string,
  code: string,
  valid: (value: string) => boolean,
  message: (value: string) => string,
): ClaimCheck {
  return {
    id,
    run: ({ claim }) =>
      claim.valueCodes.flatMap((entry, position) =>
        entry.code === code && !valid(entry.value)
          ? one(message(entry.value), { field: `valueCodes[${position}].value` })
          : [],
      ),
  };
}

export const valueCodeChecks: readonly ClaimCheck[] = [
  {
    id: 'value-code-61-missing',
    run: (context) =>
      isPeriodClaim(context) && countOf(context.claim.valueCodes, '61') === 0
        ? one(
            'Add value code 61 with the CBSA code of the place of residence where services were given, keyed with two zero cents (99916 as 99916.00).',
            { field: 'claim.valueCodes' },
          )
        : [],
  },
  {
    id: 'value-code-61-duplicate',
    run: ({ claim }) => {
      const count = countOf(claim.valueCodes, '61');
      return count > 1
        ? one(
            `Value code 61 appears ${count} times; keep one, with the CBSA of the site of service at the end of the period.`,
            { field: 'claim.valueCodes' },
          )
        : [];
    },
  },
  {
    id: 'value-code-85-missing',
    run: (context) => {
      const { claimRules } = context.index;
      const last = lastServiceDate(context);
      // Value code 85's first day is its row's in value-codes.json; CR 13543 extends it to the
      // no-payment bill (a dated claim rule setting).
      const required = isPeriodClaim(context)
        ? claimRules.countyCodeStart
        : context.claim.billType === claimRules.noPaymentBill
          ? claimRules.settings.countyCodeOnNoPaymentBillFrom.value
          : undefined;
      return last !== undefined &&
        required !== undefined &&
        last >= required &&
        countOf(context.claim.valueCodes, '85') === 0
        ? one(
            `Add value code 85 with the county where services were given: ${HOW_TO_KEY_FIPS}. A ${context.claim.billType} claim needs it for services from ${required}.`,
            { field: 'claim.valueCodes' },
          )
        : [];
    },
  },
  valueCodeFormat(
    'value-code-61-format',
    '61',
    (value) => CBSA_AMOUNT.test(value),
    cbsaFormatMessage,
  ),
  valueCodeFormat(
    'value-code-85-format',
    '85',
    (value) => readCountyCode(value) !== null,
    fipsFormatMessage,
  ),
  {
    id: 'value-code-medicare-applied',
    run: ({ index, claim }) => {
      if (claim.valueCodes.length === 0) return [];
      const repeats = markRepeats(claim.valueCodes.map((entry) => entry.code));
      return claim.valueCodes.flatMap((entry, position) => {
        const row = index.medicareAppliedValueCodes.get(entry.code);
        return row && !repeats[position]
          ? one(
              `Value code ${row.code} (${row.description}) is added by Medicare when it processes the claim; the agency never enters it. Remove value code ${row.code}.`,
              { field: `valueCodes[${position}].code` },
            )
          : [];
      });
    },
  },
];
