import { describe, expect, it } from 'vitest';
import { codeTables } from '../../../src/data/index.ts';
import { looksLikeRows } from '../../../src/features/calculator/paste-columns.ts';
import { parsePastedVisits } from '../../../src/features/calculator/paste-visits.ts';

const tsv = (...rows: string[][]) => rows.map((row) => row.join('\t')).join('\n');

describe('parsePastedVisits', () => {
  it('reads every column of a full row without a header, in the grid column order', () => {
    const result = parsePastedVisits(
      tsv([
        '2026-01-05',
        'SN',
        'RN',
        '',
        '',
        '',
        '',
        'remote-monitoring',
        '12',
        'home',
        '',
        '',
        '',
        '',
        '',
      ]),
      codeTables,
    );
    expect(result.problems).toEqual([]);
    expect(result.visits[0]).toMatchObject({
      mode: 'remote-monitoring',
      monitoringDays: '12',
      setting: 'home',
    });
  });

  it('reads rows without a header in the grid column order', () => {
    const result = parsePastedVisits(
      tsv(['2026-01-05', 'SN', 'RN', '', '50'], ['1/7/2026', 'pt', 'pta', 'maintenance', '45']),
      codeTables,
    );
    expect(result.hasHeader).toBe(false);
    expect(result.problems).toEqual([]);
    expect(result.visits).toHaveLength(2);
    expect(result.visits[0]).toMatchObject({ date: '2026-01-05', discipline: 'SN', minutes: '50' });
    expect(result.visits[1]).toMatchObject({
      date: '2026-01-07',
      discipline: 'PT',
      credential: 'PTA',
      service: 'maintenance',
      minutes: '45',
    });
  });

  it('matches columns by a header row, in any order, with Windows line ends', () => {
    const text =
      'Minutes\tDate of service\tCredential\tDiscipline\tStart\tEnd\tMode\tCharge\r\n' +
      '30\t2026-01-05\tRN\tSkilled nursing\t9:30 PM\t10:00 PM\taudio only\t$1,150.50\r\n';
    const result = parsePastedVisits(text, codeTables);
    expect(result.hasHeader).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.visits[0]).toMatchObject({
      minutes: '30',
      discipline: 'SN',
      start: '21:30',
      end: '22:00',
      mode: 'audio-only',
      charge: '1150.50',
    });
  });

  it.each([
    ['an impossible date', ['2026-02-30', 'SN', 'RN'], 'Date', /not a date/],
    ['an unknown discipline', ['2026-01-05', 'XX', 'RN'], 'Discipline', /is none of SN/],
    [
      'minutes that are not a number',
      ['2026-01-05', 'SN', 'RN', '', '4x'],
      'Minutes',
      /not a length of time/,
    ],
    [
      'a missing credential',
      ['2026-01-05', 'SN'],
      'Credential',
      /^Enter the credential \(RN or LPN\)/,
    ],
    ['a bad time', ['2026-01-05', 'SN', 'RN', '', '', '25:00'], 'Start', /not a time/],
  ])('lists a row with %s by row and column and keeps the good rows', (_, bad, column, message) => {
    const result = parsePastedVisits(tsv(['2026-01-05', 'SN', 'RN', '', '50'], bad), codeTables);
    expect(result.visits).toHaveLength(1);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 2, column });
    expect(result.problems[0]?.message).toMatch(message);
  });

  it('counts the header as row 1 when reporting problems', () => {
    const result = parsePastedVisits(
      tsv(['Date', 'Discipline', 'Credential', 'Minutes'], ['2026-01-05', 'SN', 'RN', 'ten']),
      codeTables,
    );
    expect(result.problems).toEqual([
      { row: 2, column: 'Minutes', message: expect.stringMatching(/"ten"/) },
    ]);
  });

  it('skips blank lines', () => {
    const result = parsePastedVisits('\n2026-01-05\tSN\tRN\n\n', codeTables);
    expect(result.visits).toHaveLength(1);
    expect(result.problems).toEqual([]);
  });
});

describe('the rows a paste could not read', () => {
  it('are given back as text, under the header, that reads back to the same cells', () => {
    const text = tsv(
      ['Date', 'Discipline', 'Credential', 'Minutes'],
      ['2026-01-05', 'SN', 'RN', '50'],
      ['2026-01-06', 'SN', 'RN', '"4\t5"'],
      ['2026-01-07', 'XX', 'RN', '30'],
    );
    const result = parsePastedVisits(text, codeTables);
    expect(result.visits).toHaveLength(1);
    expect(result.rejectedRows).toEqual([1, 3, 4]);
    const again = parsePastedVisits(result.rejectedText, codeTables);
    expect(again.hasHeader).toBe(true);
    expect(again.visits).toEqual([]);
    expect(again.problems.map((problem) => [problem.row, problem.column])).toEqual([
      [2, 'Minutes'],
      [3, 'Discipline'],
    ]);
    expect(again.rejectedText).toBe(result.rejectedText);
    expect(result.rejectedText.split('\n')[2]).toBe('2026-01-07\tXX\tRN\t30');
  });

  it('are nothing when every row was read', () => {
    const result = parsePastedVisits(tsv(['2026-01-05', 'SN', 'RN', '', '50']), codeTables);
    expect(result.rejectedText).toBe('');
    expect(result.rejectedRows).toEqual([]);
  });
});

describe('looksLikeRows', () => {
  it('tells pasted rows from a single value', () => {
    expect(looksLikeRows('45')).toBe(false);
    expect(looksLikeRows('2026-01-05\tSN')).toBe(true);
    expect(looksLikeRows('a\nb')).toBe(true);
  });
});

describe('pasted header names', () => {
  it('reads the names a CSV import reads too', () => {
    const text =
      'Date\tDisc\tCred\tTotal minutes\tDoc mins\tCharge dollars\n2026-01-05\tSN\tRN\t45\t5\t150\n';
    const result = parsePastedVisits(text, codeTables);
    expect(result.hasHeader).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.visits[0]).toMatchObject({
      minutes: '45',
      documentationMinutes: '5',
      charge: '150.00',
    });
  });
});
