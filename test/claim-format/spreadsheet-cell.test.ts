import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  readSpreadsheetSafeCell,
  spreadsheetSafeCell,
} from '../../src/claim-format/spreadsheet-cell.ts';

describe('spreadsheetSafeCell', () => {
  it.each([
    ['=1+1'],
    ['+1+1'],
    ['-1+1'],
    ['@SUM(A1:A2)'],
    ['=HYPERLINK("http://x","click")'],
    [' =1+1'],
    ['  @cmd'],
    ['\t=1+1'],
    ['\r=1+1'],
    ['\n=1+1'],
    ['\r\n=1+1'],
    ['\u00A0=1+1'],
    ['\u3000=1+1'],
    ['\u200B=1+1'],
    ['＝1+1'],
    ['＋1'],
    ['－1'],
    ['＠cmd'],
    ['﹦1+1'],
    ['=1+1\nsecond line'],
    ['\tplain'],
    ['\rplain'],
    ["'=1+1"],
    ["''=1+1"],
    ['- bullet'],
    ['-5+cmd'],
    ['-1e5'],
  ])('neutralises %j with an apostrophe', (value) => {
    expect(spreadsheetSafeCell(value)).toBe(`'${value}`);
  });

  it.each([
    ['G0299'],
    ['Smith, Anna RN'],
    ['1250.00'],
    ['-5'],
    ['-5.00'],
    ["'-5.00"],
    [' plain'],
    ['a=b'],
    ['note: =1+1 later'],
    ["O'Brien"],
    ["'quoted"],
    [''],
  ])('leaves %j as it is', (value) => {
    expect(spreadsheetSafeCell(value)).toBe(value);
  });

  it('catches the cells papaparse’s escapeFormulae lets through', () => {
    const missed = ['=1+1\nx', ' =1+1', '\u00A0=1+1', '＝1+1', '\n=1+1'];
    const escaped = (value: string) =>
      Papa.unparse([[value]], { escapeFormulae: true, newline: '\n' });
    const papaparseMisses = missed.filter((value) => !escaped(value).includes(`'`));
    expect(papaparseMisses).toEqual(missed);
    expect(missed.filter((value) => spreadsheetSafeCell(value) === value)).toEqual([]);
  });
});

describe('readSpreadsheetSafeCell', () => {
  it.each([
    ["'=1+1", '=1+1'],
    ["' =1+1", ' =1+1'],
    ["'＝1+1", '＝1+1'],
    ["'''=1+1", "''=1+1"],
    ["'-5.00", "'-5.00"],
    ["'quoted", "'quoted"],
    ['plain', 'plain'],
  ])('reads %j back as %j', (cell, value) => {
    expect(readSpreadsheetSafeCell(cell)).toBe(value);
  });
});
