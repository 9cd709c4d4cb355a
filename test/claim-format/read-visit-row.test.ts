import { describe, expect, it } from 'vitest';
import { readVisitRow, type RowColumn } from '../../src/claim-format/read-visit-row.ts';
import { codeTables } from '../../src/data/index.ts';

const period = { from: '2026-01-05', through: '2026-02-03' };

function read(columns: RowColumn[], cells: string[]) {
  return readVisitRow(cells, columns, codeTables, period);
}

describe('readVisitRow', () => {
  it('leaves an EVV check-in’s date out of the time without a note when it is the visit’s date', () => {
    const row = read(
      ['date', 'discipline', 'start', 'end'],
      ['1/5/2026', 'RN', '1/5/2026 8:02 AM', '1/6/2026 8:47 AM'],
    );
    expect(row.visit).toMatchObject({ date: '2026-01-05', start: '08:02', end: '08:47' });
    expect(row.notes).toEqual([
      { column: 3, field: 'end', text: expect.stringMatching(/^the date 1\/6\/2026 is left out/) },
    ]);
  });

  it('lets a column that names a field win over a clinician cell that implies it', () => {
    const row = read(
      ['date', 'credential', 'clinician', 'minutes'],
      ['2026-01-05', 'LPN', 'Anna Smith, RN', '45'],
    );
    expect(row.visit).toMatchObject({ discipline: 'SN', credential: 'LPN' });
    expect(row.problems).toEqual([]);
  });

  it('reads a task that names no service as the discipline’s usual one, with a note', () => {
    const row = read(['date', 'discipline', 'visitType'], ['2026-01-05', 'LPN', 'Foley change']);
    expect(row.problems).toEqual([]);
    expect(row.visit).toMatchObject({ discipline: 'SN', credential: 'LPN', service: 'direct' });
    expect(row.notes.map((note) => note.field)).toEqual(['visitType']);
  });

  it('reads a task that names another discipline than the row’s as a problem on the task', () => {
    const row = read(['date', 'discipline', 'visitType'], ['2026-01-05', 'RN', 'PT Evaluation']);
    expect(row.problems).toEqual([
      {
        column: 2,
        field: 'visitType',
        text: expect.stringMatching(/names PT, but the visit's discipline is SN/),
      },
    ]);
  });

  it('reads a cell neutralised on export as the value it was', () => {
    const row = read(['id', 'date', 'discipline'], ["'=V1", '2026-01-05', 'HHA']);
    expect(row.visit).toMatchObject({ id: '=V1', discipline: 'AIDE', credential: 'AIDE' });
  });

  it.each([
    ['date', ['', 'RN'], /^Enter the date of the visit/],
    ['discipline', ['2026-01-05', ''], /^Enter the discipline \(SN, PT, OT, SLP, MSS, AIDE\)/],
  ] as const)('asks for a missing %s', (field, cells, message) => {
    const row = read(['date', 'discipline'], [...cells]);
    expect(row.problems).toContainEqual({ field, text: expect.stringMatching(message) });
  });

  it('asks which credential a discipline with several was', () => {
    const row = read(['date', 'discipline'], ['2026-01-05', 'Skilled Nursing']);
    expect(row.problems).toEqual([
      { field: 'credential', text: 'Enter the credential (RN or LPN); every visit needs one.' },
    ]);
  });
});
