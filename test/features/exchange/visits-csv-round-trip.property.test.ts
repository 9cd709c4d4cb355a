// Any visit the visits CSV export writes reads back equal through the import's reader: the
// headers a coder reads are matched, neutralised formula cells come back as they were, and
// every value written in the claim format's spelling is read as itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeMoney } from '../../../src/claim-format/read-money.ts';
import { writeTime } from '../../../src/claim-format/read-time.ts';
import { codeTables } from '../../../src/data/index.ts';
import { settingIds, visitModes } from '../../../src/data/schema.ts';
import { fromDayNumber, toDayNumber } from '../../../src/engine/dates.ts';
import { draftVisitsFromRows } from '../../../src/features/exchange/imported-visits.ts';
import { buildVisitLinesCsv } from '../../../src/features/exchange/visit-lines-csv.ts';
import {
  defaultMapping,
  rowsFromTable,
  readVisitTable,
} from '../../../src/claim-format/visits-csv.ts';
import { emptyClaim, toEngineClaim, type DraftVisit } from '../../../src/state/draft-claim.ts';
import { evaluate } from '../../builders.ts';

const blankOr = (arbitrary: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), arbitrary);
const wholeNumber = fc.nat({ max: 600 }).map(String);

/** A discipline, one of its credentials, and a service it offers (or none). */
const clinician = fc.constantFrom(...codeTables.disciplines).chain((discipline) =>
  fc.record({
    discipline: fc.constant(discipline.code),
    credential: fc.constantFrom(...discipline.credentials),
    service: blankOr(fc.constantFrom(...discipline.services)),
  }),
);

/** Text a coder may type as an id, with the characters a spreadsheet would run as a formula. */
const visitId = fc
  .string({
    unit: fc.constantFrom('V', '7', '=', '+', '-', '@', '＝', "'", ' ', '\u00a0', ',', '"', 'é'),
    minLength: 1,
    maxLength: 8,
  })
  .filter((id) => id.trim() === id && id !== '');

/** A visit as a draft holds it once read: every value in the claim format's own spelling. */
const readVisit: fc.Arbitrary<Omit<DraftVisit, 'id'>> = fc
  .record({
    clinician,
    date: fc
      .integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-12-31') })
      .map(fromDayNumber),
    minutes: blankOr(wholeNumber),
    start: blankOr(fc.integer({ min: 0, max: 1439 }).map(writeTime)),
    end: blankOr(fc.integer({ min: 0, max: 1439 }).map(writeTime)),
    mode: blankOr(fc.constantFrom(...visitModes)),
    monitoringDays: blankOr(fc.integer({ min: 1, max: 31 }).map(String)),
    setting: blankOr(fc.constantFrom(...settingIds)),
    travelMinutes: blankOr(wholeNumber),
    documentationMinutes: blankOr(wholeNumber),
    hcpcs: blankOr(fc.constantFrom('G0299', 'G0151', 'G0299, G0300')),
    units: blankOr(fc.nat({ max: 40 }).map(String)),
    charge: blankOr(fc.nat({ max: 10_000_000 }).map(writeMoney)),
    modifiers: blankOr(fc.constantFrom('KX', 'KX GP', 'GN')),
  })
  .map(({ clinician: who, ...rest }) => ({ ...rest, ...who, activities: [] }));

describe('the visits CSV export read back by the import', () => {
  it('gives back every visit it wrote, equal', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(visitId, { minLength: 1, maxLength: 5 }),
        fc.array(readVisit, { minLength: 5, maxLength: 5 }),
        (ids, visits) => {
          const written = ids.map(
            (id, index) => ({ ...visits[index % visits.length], id }) as DraftVisit,
          );
          const claim = { ...emptyClaim(), payer: 'medicare', visits: written };
          const csv = buildVisitLinesCsv(claim, evaluate(toEngineClaim(claim)));
          const table = readVisitTable(csv);
          const read = rowsFromTable(table, defaultMapping(table.headers), codeTables);
          expect(read.problems).toEqual([]);
          expect(draftVisitsFromRows(read.rows)).toEqual(written);
        },
      ),
      { numRuns: 150 },
    );
  });
});
