import { describe, expect, it } from 'vitest';
import { readDelimitedText } from '../../src/claim-format/delimited-text.ts';
import { normaliseHeader } from '../../src/claim-format/header-name.ts';

const cells = (text: string) => readDelimitedText(text).rows.map((row) => row.cells);

describe('readDelimitedText', () => {
  it.each([
    ['comma', 'Visit Date,Minutes\n1/5/2026,45\n', ','],
    ['tab', 'Visit Date\tMinutes\n1/5/2026\t45\n', '\t'],
    ['semicolon', 'Visit Date;Minutes\n1/5/2026;45\n', ';'],
    ['bar', 'Visit Date|Minutes\n1/5/2026|45\n', '|'],
  ])('guesses a %s delimiter', (_name, text, delimiter) => {
    const read = readDelimitedText(text);
    expect(read.delimiter).toBe(delimiter);
    expect(read.rows.map((row) => row.cells)).toEqual([
      ['Visit Date', 'Minutes'],
      ['1/5/2026', '45'],
    ]);
  });

  it('reads cells copied from a spreadsheet as tabs though they hold commas', () => {
    const text = 'Clinician\tTask\nSmith, Anna RN\tSN Visit\nDoe, Jane LPN\tSN Teaching\n';
    expect(readDelimitedText(text).delimiter).toBe('\t');
    expect(cells(text)[1]).toEqual(['Smith, Anna RN', 'SN Visit']);
  });

  it('takes the delimiter it is given', () => {
    expect(readDelimitedText('a,b\tc', { delimiter: '\t' }).rows[0]?.cells).toEqual(['a,b', 'c']);
  });

  it('drops a UTF-8 byte order mark and reads CRLF line ends', () => {
    expect(cells('\uFEFFDate,Minutes\r\n1/5/2026,45\r\n1/6/2026,30\r\n')).toEqual([
      ['Date', 'Minutes'],
      ['1/5/2026', '45'],
      ['1/6/2026', '30'],
    ]);
  });

  it('reads old Mac CR line ends and mixed line ends', () => {
    expect(cells('a,b\r1,2\n3,4\r\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted cells holding delimiters, quotes and line breaks', () => {
    const text = 'Clinician,Note\r\n"Smith, Anna RN","Said ""fine""\r\nthen left"\r\n';
    expect(cells(text)).toEqual([
      ['Clinician', 'Note'],
      ['Smith, Anna RN', 'Said "fine"\nthen left'],
    ]);
  });

  it('numbers rows as a spreadsheet does and leaves out blank rows, trailing ones too', () => {
    const read = readDelimitedText('Date,Minutes\n\n1/5/2026,45\n , \n1/6/2026,30\n\n\n');
    expect(read.rows).toEqual([
      { row: 1, cells: ['Date', 'Minutes'] },
      { row: 3, cells: ['1/5/2026', '45'] },
      { row: 5, cells: ['1/6/2026', '30'] },
    ]);
    expect(read.problems).toEqual([]);
  });

  it('keeps the spaces in cells (the field readers trim)', () => {
    expect(cells('a, b \n1, 2 ')[1]).toEqual(['1', ' 2 ']);
  });

  it('reports a quoted cell that is never closed', () => {
    const read = readDelimitedText('Date,Note\n1/5/2026,"open\n1/6/2026,x\n');
    expect(read.problems).toEqual([
      { row: 2, problem: 'A quoted cell is never closed: check the quotes from this row on.' },
    ]);
  });

  it('reads nothing from empty text', () => {
    expect(readDelimitedText('')).toEqual({ delimiter: ',', rows: [], problems: [] });
  });
});

describe('normaliseHeader', () => {
  it.each([
    ['Visit Date', 'visitdate'],
    ['visit_date', 'visitdate'],
    ['VISIT-DATE', 'visitdate'],
    ['Visit date:', 'visitdate'],
    [' Travel minutes ', 'travelminutes'],
    ['travelMinutes', 'travelminutes'],
    ['Doc. min', 'docmin'],
    ['Time (min)', 'timemin'],
  ])('normalises %j to %j', (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});
