// Value code 85: the FIPS state and county code where services were given, keyed as an amount.
// The MACs (Palmetto's reason code 37257 page, CGS's value code 85 article) key it with two zero
// cents (19153 as 19153.00 or 1915300) and leave a leading zero off (08019 as 8019.00 or
// 801900). Every such form, and the plain code, reads as the same 5-digit county code.

/** The code as typed, or with cents: 4 or 5 digits, then nothing, "." or ".0" or ".00". */
const WITH_DECIMAL_CENTS = /^(\d{4,5})(?:\.0{0,2})?$/;
/** The code followed by two implied zero cents: 801900 or 1915300. */
const WITH_IMPLIED_CENTS = /^(\d{4,5})00$/;
const FIPS_DIGITS = 5;
/** The value code that carries the county (UB-04 FL 39-41). */
export const COUNTY_VALUE_CODE = '85';

/** The 5-digit FIPS state and county code a value code 85 amount stands for, or null. */
export function readCountyCode(value: string): string | null {
  const text = value.trim();
  const digits = WITH_DECIMAL_CENTS.exec(text)?.[1] ?? WITH_IMPLIED_CENTS.exec(text)?.[1];
  return digits === undefined ? null : digits.padStart(FIPS_DIGITS, '0');
}

/** How the MACs have a county code keyed: without its leading zero, with two zero cents. */
export function keyedCountyCode(fips: string): string {
  return `${fips.replace(/^0/, '')}.00`;
}
