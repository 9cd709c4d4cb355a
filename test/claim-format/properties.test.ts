// Invariants of the claim format's readers and writers: whatever a writer writes reads back
// equal, and no reader throws on any text.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chooseCode, suggestCodes } from '../../src/claim-format/choose-code.ts';
import { readDelimitedText } from '../../src/claim-format/delimited-text.ts';
import { normaliseHeader } from '../../src/claim-format/header-name.ts';
import {
  credentialChoices,
  readClinician,
  readClinicianType,
  readCredential,
  readDiscipline,
} from '../../src/claim-format/read-clinician.ts';
import { readDate, writeDate } from '../../src/claim-format/read-date.ts';
import { readDuration, writeDuration } from '../../src/claim-format/read-duration.ts';
import { readMoneyCents, writeMoney } from '../../src/claim-format/read-money.ts';
import { readTime, writeTime } from '../../src/claim-format/read-time.ts';
import { readVisitType } from '../../src/claim-format/read-visit-type.ts';
import {
  readSpreadsheetSafeCell,
  spreadsheetSafeCell,
} from '../../src/claim-format/spreadsheet-cell.ts';
import { formatDollars } from '../../src/components/money.ts';
import { codeTables } from '../../src/data/index.ts';
import { disciplineIds } from '../../src/data/schema.ts';
import { fromDayNumber, toDayNumber } from '../../src/engine/dates.ts';

const isoDate = fc
  .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber('2199-12-31') })
  .map(fromDayNumber);
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.constantFrom(...'0123456789/-:., apmAPMhHrRsSnN$()\t\n'), maxLength: 24 }),
);

describe('written values read back equal', () => {
  it('dates, as stored and as a US export writes them', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
        const spellings = [
          writeDate(iso),
          `${month}/${day}/${year}`,
          `${MONTHS[month - 1]} ${day}, ${year}`,
          `${day} ${MONTHS[month - 1]} ${year}`,
        ];
        for (const spelling of spellings)
          expect(readDate(spelling)).toEqual({ ok: true, value: iso });
      }),
    );
  });

  it('dates without a year, inside a 60-day period', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 59 }), (from, offset) => {
        const through = fromDayNumber(toDayNumber(from) + 59);
        const iso = fromDayNumber(toDayNumber(from) + offset);
        const [, month, day] = iso.split('-').map(Number) as [number, number, number];
        const read = readDate(`${month}/${day}`, { from, through });
        expect(read.ok && read.value).toBe(iso);
      }),
    );
  });

  it('times, on the 24-hour clock and with AM or PM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), (minutes) => {
        const written = writeTime(minutes);
        const hours = Math.floor(minutes / 60);
        const twelve = `${hours % 12 === 0 ? 12 : hours % 12}:${written.slice(3)} ${hours < 12 ? 'AM' : 'PM'}`;
        expect(readTime(written)).toEqual({ ok: true, value: written });
        expect(readTime(twelve)).toEqual({ ok: true, value: written });
      }),
    );
  });

  it('durations, as minutes and as hours:minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (minutes) => {
        const clock = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
        expect(readDuration(writeDuration(minutes))).toEqual({ ok: true, value: minutes });
        expect(readDuration(clock)).toEqual({ ok: true, value: minutes });
      }),
    );
  });

  it('money, as written to files and as shown on screen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000_000_000 }), (cents) => {
        expect(readMoneyCents(writeMoney(cents))).toEqual({ ok: true, value: cents });
        expect(readMoneyCents(formatDollars(cents))).toEqual({ ok: true, value: cents });
      }),
    );
  });

  it('every code, name and alias of a credential chooses that credential', () => {
    for (const choice of credentialChoices(codeTables))
      for (const spelling of [choice.code, choice.name ?? '', ...(choice.aliases ?? [])])
        expect(readCredential(spelling, codeTables)).toEqual({ ok: true, value: choice.code });
  });

  it('spreadsheet cells, neutralised and read back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), (value) => {
        const cell = spreadsheetSafeCell(value);
        expect(readSpreadsheetSafeCell(cell)).toBe(value);
        const plainNegative = /^-\d+(\.\d+)?$/.test(cell);
        expect(plainNegative || !/^[\s\u200B]*[=+\-@＝＋－＠﹦﹢﹣﹫]/.test(cell)).toBe(true);
      }),
    );
  });

  it('rows written as CSV with safe cells read back as the same rows', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
    const row = fc.tuple(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 6 }),
      cell,
      cell,
    );
    fc.assert(
      fc.property(
        fc.array(
          row.filter(([id]) => id.trim() !== ''),
          { maxLength: 8 },
        ),
        (rows) => {
          const text = Papa.unparse(
            rows.map((cells) => cells.map(spreadsheetSafeCell)),
            { newline: '\r\n' },
          );
          const read = readDelimitedText(`\uFEFF${text}\r\n`, { delimiter: ',' });
          expect(read.rows.map((r) => r.cells.map(readSpreadsheetSafeCell))).toEqual(rows);
        },
      ),
    );
  });
});

describe('no reader throws on any text', () => {
  it('the value readers', () => {
    fc.assert(
      fc.property(anyText, isoDate, isoDate, (text, from, through) => {
        for (const read of [
          readDate(text),
          readDate(text, { from, through }),
          readTime(text),
          readDuration(text),
          readMoneyCents(text),
        ])
          expect(read.ok ? read.value !== undefined : read.problem.length > 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the code and clinician readers', () => {
    fc.assert(
      fc.property(anyText, fc.option(fc.constantFrom(...disciplineIds)), (text, discipline) => {
        const choices = credentialChoices(codeTables);
        for (const read of [
          chooseCode(text, choices),
          readDiscipline(text, codeTables),
          readCredential(text, codeTables),
          readClinicianType(text, codeTables),
          readClinician(text, codeTables),
          readVisitType(text, codeTables, discipline ?? undefined),
        ])
          expect(read.ok ? read.value !== undefined : read.problem.length > 0).toBe(true);
        expect(suggestCodes(text, choices, 5).length).toBeLessThanOrEqual(5);
        expect(normaliseHeader(text)).toMatch(/^[a-z0-9]*$/);
      }),
      { numRuns: 500 },
    );
  });

  it('the delimited text reader', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ab,\t;|"\r\n \uFEFF'), maxLength: 60 }),
        (text) => {
          const read = readDelimitedText(text);
          for (const row of read.rows) expect(row.cells.some((c) => c.trim() !== '')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
