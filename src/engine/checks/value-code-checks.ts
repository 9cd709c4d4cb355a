// Checks on value codes: 61 (CBSA) and 85 (FIPS county) present once and keyed right, and the
// codes Medicare adds itself never entered by the agency.
import { describeValue } from '../claim-input.ts';
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
/** Value code 85: the 5-digit FIPS state and county code, with or without two zero cents. */
const FIPS_COUNTY = /^\d{5}(?:\.00)?$/;
const SPACES_AND_DASHES = /[\s-]/g;
const FOUR_DIGITS = /^\d{4}$/;
const EXAMPLE_FIPS = '19153 (Polk County, Iowa)';

function cbsaFormatMessage(value: string): string {
  if (value === '')
    return 'Value code 61 has no amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).';
  const digits = CBSA_WITHOUT_CENTS.exec(value)?.[1];
  return digits !== undefined
    ? `Value code 61 is entered as ${describeValue(value)}; enter ${digits}.00, the CBSA code with two zero cents.`
    : `Value code 61 is entered as ${describeValue(value)}, which is not a CBSA code keyed as an amount. Enter the 5-digit CBSA code followed by .00 (for example 16974.00).`;
}

function fipsFormatMessage(value: string): string {
  if (value === '')
    return `Value code 85 has no amount. Enter the 5-digit FIPS state and county code, such as ${EXAMPLE_FIPS}.`;
  const joined = value.replace(SPACES_AND_DASHES, '');
  if (joined !== value && FIPS_COUNTY.test(joined))
    return `Value code 85 is entered as ${describeValue(value)}; enter ${joined}, with no space between the state and county parts.`;
  if (FOUR_DIGITS.test(joined))
    return `Value code 85 is entered as ${describeValue(value)}, which has 4 digits; the FIPS state and county code has 5 (2 for the state, 3 for the county). If a leading zero was lost, enter 0${joined}; otherwise check the code.`;
  return `Value code 85 is entered as ${describeValue(value)}; enter the 5-digit FIPS state and county code with no space, such as ${EXAMPLE_FIPS}.`;
}

/** A Medicare check that each value code `code` has an amount of the form `valid`. */
function valueCodeFormat(
  id: string,
  code: string,
  valid: RegExp,
  message: (value: string) => string,
): ClaimCheck {
  return {
    id,
    run: ({ claim }) =>
      claim.valueCodes.flatMap((entry, position) =>
        entry.code === code && !valid.test(entry.value)
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
      const last = lastServiceDate(context);
      // Value code 85's first day is its row's in value-codes.json.
      const required = context.index.claimRules.countyCodeStart;
      return isPeriodClaim(context) &&
        last !== undefined &&
        required !== undefined &&
        last >= required &&
        countOf(context.claim.valueCodes, '85') === 0
        ? one(
            `Add value code 85 with the FIPS state and county code where services were given (for example 19153, Polk County, Iowa); it is required for services from ${required}.`,
            { field: 'claim.valueCodes' },
          )
        : [];
    },
  },
  valueCodeFormat('value-code-61-format', '61', CBSA_AMOUNT, cbsaFormatMessage),
  valueCodeFormat('value-code-85-format', '85', FIPS_COUNTY, fipsFormatMessage),
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
