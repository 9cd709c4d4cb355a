import { describe, expect, it } from 'vitest';
import { centsToDecimal, formatDollars } from '../../src/components/money.ts';

describe('money', () => {
  it.each([
    [0, '$0.00', '0.00'],
    [1, '$0.01', '0.01'],
    [99995, '$999.95', '999.95'],
    [100000, '$1,000.00', '1000.00'],
    [1650000, '$16,500.00', '16500.00'],
    [123456789012, '$1,234,567,890.12', '1234567890.12'],
    [-1999, '-$19.99', '-19.99'],
  ])('%i cents is %s on screen and %s in a CSV cell', (cents, shown, cell) => {
    expect(formatDollars(cents)).toBe(shown);
    expect(centsToDecimal(cents)).toBe(cell);
  });
});
