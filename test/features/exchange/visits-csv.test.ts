import { describe, expect, it } from 'vitest';
import { codeTables } from '../../../src/data/index.ts';
import {
  defaultMapping,
  matchVisitColumn,
  readVisitTable,
} from '../../../src/claim-format/visits-csv.ts';
import { prepareVisitImport } from '../../../src/features/exchange/visit-import.ts';
import { readActivitiesCell } from '../../../src/claim-format/activities-cell.ts';

describe('matchVisitColumn', () => {
  it.each([
    ['Visit ID', 'id'],
    ['visit_id', 'id'],
    ['id', 'id'],
    ['DISCIPLINE', 'discipline'],
    ['Travel Minutes', 'travelMinutes'],
    ['travel_minutes', 'travelMinutes'],
    ['documentationMinutes', 'documentationMinutes'],
    ['HCPCS', 'hcpcs'],
    ['Start Time', 'start'],
    ['monitoring days', 'monitoringDays'],
    ['Notes', undefined],
  ])('reads the header "%s" as %s', (header, field) => {
    expect(matchVisitColumn(header)).toBe(field);
  });
});

describe('readVisitTable', () => {
  it('numbers rows as a spreadsheet does, skipping blank lines but not their numbers', () => {
    const table = readVisitTable('\uFEFFdate,minutes\r\n2026-03-10,45\r\n\r\n2026-03-11,50\r\n');
    expect(table.headers).toEqual(['date', 'minutes']);
    expect(table.records).toEqual([
      { row: 2, cells: ['2026-03-10', '45'] },
      { row: 4, cells: ['2026-03-11', '50'] },
    ]);
  });

  it('leaves quoting to papaparse: commas, quotes and line breaks inside a cell', () => {
    const table = readVisitTable(
      'id,hcpcs\n"A, 1","G0299"\n"B ""2""",G0300\n"C\nsecond line",G0301\n',
    );
    expect(table.records.map((record) => record.cells[0])).toEqual([
      'A, 1',
      'B "2"',
      'C\nsecond line',
    ]);
  });

  it('guesses tabs and semicolons as the delimiter', () => {
    expect(readVisitTable('date\tminutes\n2026-03-10\t45').headers).toEqual(['date', 'minutes']);
    expect(readVisitTable('date;minutes\n2026-03-10;45').headers).toEqual(['date', 'minutes']);
  });

  it('asks for a header row when the file is empty', () => {
    expect(readVisitTable('').problems).toEqual([
      expect.objectContaining({
        row: 1,
        message: expect.stringMatching(/^The first row must name/),
      }),
    ]);
  });
});

describe('readActivitiesCell', () => {
  it('reads service:minutes pairs separated by semicolons', () => {
    expect(readActivitiesCell('observation:20; training: 25')).toEqual({
      activities: [
        { service: 'observation', minutes: '20' },
        { service: 'training', minutes: '25' },
      ],
    });
  });

  it('says how to write a pair it cannot read', () => {
    expect(readActivitiesCell('observation 20')).toEqual({
      problem: expect.stringMatching(/^"observation 20" is not service:minutes/),
    });
  });
});

describe('prepareVisitImport', () => {
  it('reports a repeated visit id on the second row, naming the first', () => {
    const table = readVisitTable(
      'id,date,discipline,credential,minutes\nA,2026-03-10,SN,RN,45\nA,2026-03-11,SN,RN,45\n',
    );
    const prepared = prepareVisitImport(
      table,
      defaultMapping(table.headers),
      { payer: 'medicare' },
      codeTables,
    );
    expect(prepared.goodRows.map((row) => row.row)).toEqual([2]);
    expect(prepared.problems).toEqual([
      {
        row: 3,
        column: 'id',
        message: '"A" is already used by row 2; give each visit its own id.',
      },
    ]);
  });
});
