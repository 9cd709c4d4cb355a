import { describe, expect, it } from 'vitest';
import { readVisitRow, type RowVisit } from '../../src/claim-format/read-visit-row.ts';
import { matchRowColumn, rowColumnNames } from '../../src/claim-format/visit-fields.ts';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import { codeTables } from '../../src/data/index.ts';
import type { ClaimResult } from '../../src/engine/index.ts';
import { parsePastedVisits } from '../../src/features/calculator/paste-visits.ts';
import {
  defaultMapping,
  readVisitTable,
  readVisitsCsv,
} from '../../src/claim-format/visits-csv.ts';
import { prepareVisitImport } from '../../src/features/exchange/visit-import.ts';
import { loadCellReaders, readTypedCell } from '../../src/features/calculator/read-typed-cell.ts';
import { editColumns } from '../../src/features/calculator/visit-grid-columns.ts';
import { fakeIo } from '../cli/fake-io.ts';
import {
  spellingBase,
  spellingFile,
  spellingPeriod,
  spellings,
  type Spelling,
} from '../fixtures/visit-spellings.ts';

/** What an entry point made of a one-row file: the visit, or the problem with its column. */
type Outcome = { visit: RowVisit } | { column: string; message: string };

const entryPoints: [string, (spelling: Spelling) => Outcome][] = [
  [
    'the row reader',
    (spelling) => {
      const headers = Object.keys(spelling.cells);
      const columns = headers.map((header) => matchRowColumn(header) ?? null);
      const read = readVisitRow(Object.values(spelling.cells), columns, codeTables, spellingPeriod);
      const [problem] = read.problems;
      if (!problem) return { visit: read.visit };
      const column =
        problem.column === undefined ? rowColumnNames[problem.field] : headers[problem.column];
      return { column: column ?? '', message: problem.text };
    },
  ],
  [
    'the paste box',
    (spelling) => {
      const pasted = parsePastedVisits(spellingFile(spelling, '\t'), codeTables, spellingPeriod);
      const [visit] = pasted.visits;
      const [problem] = pasted.problems;
      return visit ? { visit } : { column: problem?.column ?? '', message: problem?.message ?? '' };
    },
  ],
  [
    'the CSV import',
    (spelling) => {
      const table = readVisitTable(spellingFile(spelling, ','));
      const mapping = defaultMapping(table.headers);
      const context = { payer: 'medicare' };
      const prepared = prepareVisitImport(table, mapping, context, codeTables, spellingPeriod);
      const [good] = prepared.goodRows;
      const [problem] = prepared.problems;
      return good
        ? { visit: good.visit }
        : { column: problem?.column ?? '', message: problem?.message ?? '' };
    },
  ],
  [
    "the command line's CSV reader",
    (spelling) => {
      const read = readVisitsCsv(spellingFile(spelling, ','), codeTables, {
        period: spellingPeriod,
      });
      if (!read.ok) return { column: '', message: read.problems.join(' ') };
      const [visit = {}] = read.visits;
      const [problem] = read.problems;
      if (!problem) return { visit: visit as RowVisit };
      // The command line names the field; the file's column is its header in these spellings.
      const header = Object.keys(spelling.cells).find(
        (name) => matchRowColumn(name) === problem.field,
      );
      const column = problem.field === 'credential' && !header ? 'Clinician' : header;
      return { column: column ?? problem.field, message: problem.message };
    },
  ],
];

describe.each(entryPoints)('%s', (_entry, read) => {
  it.each(spellings.map((spelling) => [spelling.name, spelling] as const))(
    'reads %s',
    (_name, spelling) => {
      const outcome = read(spelling);
      if (spelling.visit)
        expect(outcome).toEqual({ visit: expect.objectContaining(spelling.visit) });
      if (spelling.problem)
        expect(outcome).toEqual({
          column: spelling.problem.column,
          message: expect.stringMatching(spelling.problem.message),
        });
    },
  );
});

describe('a grid cell', () => {
  // Each cell a spelling changes from the base row, typed into the grid's cell for its field.
  const typed = spellings.flatMap((spelling) =>
    Object.entries(spelling.cells).flatMap(([header, text]) => {
      const field = matchRowColumn(header);
      const column = editColumns.find((candidate) => candidate.field === field);
      const expected = field === undefined ? undefined : spelling.visit?.[field as keyof RowVisit];
      return column && typeof expected === 'string' && spellingBase[header] !== text
        ? [[`${spelling.name}: ${header} "${text}"`, column, text, expected] as const]
        : [];
    }),
  );

  it.each(typed)('reads %s', async (_name, column, text, expected) => {
    await loadCellReaders();
    expect(readTypedCell(column, text, spellingPeriod)).toBe(expected);
  });
});

describe('the command line', () => {
  it.each(spellings.filter((spelling) => spelling.visit).map((s) => [s.name, s] as const))(
    'answers %s with a coded visit line and no invalid-input finding',
    async (_name, spelling) => {
      const { io, stdout } = fakeIo(spellingFile(spelling, ','));
      const flags = ['--payer', 'medicare', '--from', spellingPeriod.from];
      expect(
        await runEvaluate(
          ['-', '--format', 'csv', ...flags, '--through', spellingPeriod.through],
          io,
        ),
      ).toBe(0);
      const result = JSON.parse(stdout()) as ClaimResult;
      expect(result.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
      expect(result.lines[0]?.hcpcs).toMatch(/^G\d{4}$/);
    },
  );
});
