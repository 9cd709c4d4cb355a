import { describe, expect, it } from 'vitest';
import { readMoneyCents, writeMoney } from '../../src/claim-format/read-money.ts';

describe('readMoneyCents', () => {
  it.each([
    ['$1,250.00', 125000],
    ['1250', 125000],
    ['1,250', 125000],
    ['1250.00', 125000],
    ['175.5', 17550],
    ['175.50', 17550],
    ['175.', 17500],
    ['.50', 50],
    ['0', 0],
    ['0.01', 1],
    ['$ 95', 9500],
    ['$1,234,567.89', 123456789],
    ['  150.00  ', 15000],
  ])('reads %j as %i cents', (text, cents) => {
    expect(readMoneyCents(text)).toEqual({ ok: true, value: cents });
  });

  it.each([
    [
      '150,00',
      '"150,00" has a decimal comma; write 150.00 (a comma may only group thousands, as in 1,250.00).',
    ],
    [
      '150,5',
      '"150,5" has a decimal comma; write 150.5 (a comma may only group thousands, as in 1,250.00).',
    ],
    [
      '1.250,00',
      '"1.250,00" has a decimal comma; write 1250.00 (a comma may only group thousands, as in 1,250.00).',
    ],
    [
      '$1 250,00',
      '"$1 250,00" has a decimal comma; write 1250.00 (a comma may only group thousands, as in 1,250.00).',
    ],
    ['-5', '"-5" is negative; enter the amount without a minus sign.'],
    ['-$5.00', '"-$5.00" is negative; enter the amount without a minus sign.'],
    ['$-5.00', '"$-5.00" is negative; enter the amount without a minus sign.'],
    ['(5.00)', '"(5.00)" is negative; enter the amount without a minus sign.'],
    ['1,2345', '"1,2345" is not an amount: commas may only group thousands (1,250.00).'],
    ['12,50,000', '"12,50,000" is not an amount: commas may only group thousands (1,250.00).'],
    ['1.255', '"1.255" has more than two decimals; amounts are dollars and cents.'],
    ['$', '"$" is not an amount: write dollars and cents as 1250.00.'],
    ['.', '"." is not an amount: write dollars and cents as 1250.00.'],
    ['ten dollars', '"ten dollars" is not an amount: write dollars and cents as 1250.00.'],
    ['1250 USD', '"1250 USD" is not an amount: write dollars and cents as 1250.00.'],
    ['99999999999999999999', '"99999999999999999999" is too large to be an amount.'],
    ['', 'Nothing is entered.'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readMoneyCents(text)).toEqual({ ok: false, problem });
  });
});

describe('writeMoney', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [17550, '175.50'],
    [125000, '1250.00'],
  ])('writes %i cents as %j', (cents, text) => {
    expect(writeMoney(cents)).toBe(text);
  });
});
