import { describe, expect, it } from 'vitest';
import { getReferenceIndex } from '../../../src/features/reference/reference-index.ts';
import { searchReference } from '../../../src/features/reference/search-reference.ts';
import { normaliseCode, splitSearchWords } from '../../../src/features/reference/search-text.ts';

const index = getReferenceIndex();
const addresses = (query: string, asOf = '') =>
  searchReference(index, query, asOf).map(({ entry }) => `${entry.setId}/${entry.key}`);

describe('searchReference', () => {
  it.each(['G0299', 'g0299', 'G 0299', 'g-0299'])('finds HCPCS G0299 first for %j', (query) => {
    expect(addresses(query)[0]).toBe('hcpcs/G0299');
  });

  it('finds the LPN training codes by words, in any case', () => {
    const found = addresses('LPN Training');
    expect(found).toEqual(expect.arrayContaining(['hcpcs/G0496', 'hcpcs/G0164', 'hcpcs/S9124']));
    expect(found).not.toContain('hcpcs/G0495');
  });

  it('finds a finding by its id written with spaces', () => {
    expect(addresses('short visit')[0]).toBe('findings/short-visit');
  });

  it('finds revenue codes by the start of their code', () => {
    expect(addresses('055')).toEqual(
      expect.arrayContaining(['revenue-codes/0550', 'revenue-codes/0551', 'revenue-codes/0552']),
    );
  });

  it.each(['travel', 'documentation'])(
    'finds what time each payer counts by %j, in the unit tables',
    (query) => {
      expect(addresses(query)).toEqual(
        expect.arrayContaining(['unit-rules/medicare-15-minute', 'unit-rules/rp005-hour']),
      );
    },
  );

  it('finds only the minutes-based unit tables by "travel": the others do not count time', () => {
    const tables = addresses('travel').filter((address) => address.startsWith('unit-rules/'));
    expect(tables.sort()).toEqual([
      'unit-rules/medicare-15-minute',
      'unit-rules/rp005-15-minute',
      'unit-rules/rp005-hour',
    ]);
  });

  it('says which payer counts documentation and that Medicare travel is inferred', () => {
    const text = (key: string) =>
      index.entries.find(({ entry }) => entry.setId === 'unit-rules' && entry.key === key)?.entry
        .cells.timeCounted?.text;
    expect(text('medicare-15-minute')).toMatch(
      /including documentation.*travel time is recorded beside the visit and never counted \(unverified\)/,
    );
    expect(text('rp005-hour')).toMatch(
      /documentation time is part of the service and not counted; travel time is recorded beside the visit and never counted\.$/,
    );
  });

  it('labels a revenue subcode by its kind of charge only where that is known', () => {
    const subcode = (key: string) =>
      index.entries.find(({ entry }) => entry.setId === 'revenue-codes' && entry.key === key)?.entry
        .cells.subcode?.text;
    expect(subcode('0551')).toBe('1 (visit charge)');
    expect(subcode('0552')).toBe('2 (hourly charge)');
    expect(subcode('0271')).toBe('1');
  });

  it('shows where the dNPWT device and the 0559 exception may be billed', () => {
    const cell = (setId: string, key: string, column: string) =>
      index.entries.find(({ entry }) => entry.setId === setId && entry.key === key)?.entry.cells[
        column
      ]?.text;
    expect(cell('hcpcs', 'A9272', 'revenueGroup')).toBe('027X (not 0274) on 032x');
    expect(cell('revenue-codes', '0559', 'billTypes')).toBe(
      '032x; also 034x with 97607 or 97608, for claims through 2017-01-01 to 2023-12-31',
    );
    expect(addresses('npwt')).toEqual(expect.arrayContaining(['hcpcs/A9272']));
  });

  it('finds an entry by words in its notes, kept apart from the tables, and shows them', () => {
    expect(addresses('nurse-applied')).toEqual(expect.arrayContaining(['revenue-codes/0559']));
    const entry = index.entries.find(
      ({ entry }) => entry.setId === 'revenue-codes' && entry.key === '0559',
    )?.entry;
    expect(entry?.notes).toMatch(/nurse-applied disposable NPWT/);
    const c3 = index.entries.find(
      ({ entry }) => entry.setId === 'condition-codes' && entry.key === 'C3',
    )?.entry;
    expect(c3?.cells.rules?.text).toMatch(/occurrence span M0/);
  });

  it('finds sources by id', () => {
    expect(addresses('c10 40.2')[0]).toBe('sources/C10-40.2');
  });

  it('gives nothing for a blank query or punctuation only', () => {
    expect(addresses('')).toEqual([]);
    expect(addresses(' -. ')).toEqual([]);
  });

  it('keeps a retired code but marks it, after codes valid on the date', () => {
    const results = searchReference(index, 'direct skilled nursing', '2020-01-01');
    const g0154 = results.find(({ entry }) => entry.key === 'G0154');
    expect(g0154?.validity).toBe('retired');
    const lastValid = results.findLastIndex(({ validity }) => validity === 'valid');
    expect(results.indexOf(g0154!)).toBeGreaterThan(lastValid);
  });

  it('marks a code that has not started yet on the date', () => {
    const [first] = searchReference(index, 'G0299', '2015-06-30');
    expect(first?.entry.key).toBe('G0299');
    expect(first?.validity).toBe('not-yet');
  });

  describe('reads a code as coders write it: without its leading zero, after "TOB" or "rev"', () => {
    it.each([
      { typed: '329', sameAs: '0329', first: 'bill-types/0329' },
      { typed: '341', sameAs: '0341', first: 'bill-types/0341' },
      { typed: '32A', sameAs: '032A', first: 'bill-types/032A' },
      { typed: '32d', sameAs: '032D', first: 'bill-types/032D' },
      { typed: '551', sameAs: '0551', first: 'revenue-codes/0551' },
      { typed: '023', sameAs: '0023', first: 'revenue-codes/0023' },
      { typed: 'TOB 329', sameAs: '0329', first: 'bill-types/0329' },
      { typed: 'tob-341', sameAs: '0341', first: 'bill-types/0341' },
      { typed: 'type of bill 32A', sameAs: '032A', first: 'bill-types/032A' },
      { typed: 'Bill type 32D', sameAs: '032D', first: 'bill-types/032D' },
      { typed: 'rev 551', sameAs: '0551', first: 'revenue-codes/0551' },
      { typed: 'Revenue 551', sameAs: '0551', first: 'revenue-codes/0551' },
      { typed: 'rev code 023', sameAs: '0023', first: 'revenue-codes/0023' },
      { typed: 'TOB 0329', sameAs: '0329', first: 'bill-types/0329' },
      { typed: 'bill type 0329', sameAs: '0329', first: 'bill-types/0329' },
      { typed: 'g299', sameAs: 'G0299', first: 'hcpcs/G0299' },
    ])('lists $first first for $typed, and just what $sameAs lists', ({ typed, sameAs, first }) => {
      const found = addresses(typed);
      expect(found[0]).toBe(first);
      expect(found).toEqual(addresses(sameAs));
    });

    /** The entry's own code, or each word typed, starts one of its words: no zero was added. */
    const holdsLiterally = (typed: string) => (address: string) => {
      const indexed = index.entries.find(({ entry }) => `${entry.setId}/${entry.key}` === address)!;
      return (
        indexed.code.startsWith(normaliseCode(typed)) ||
        splitSearchWords(typed).every((word) => indexed.words.includes(` ${word}`))
      );
    };

    // Only a whole code missing its zero is read with one: "3" and "32" would otherwise list
    // every 03xx and 032x entry while the coder is still typing.
    it.each([
      { typed: '329', sameAs: '0329' },
      { typed: '32A', sameAs: '032A' },
      { typed: '551', sameAs: '0551' },
      { typed: 'rev 551', sameAs: '0551' },
      { typed: 'g299', sameAs: 'G0299' },
    ])(
      'adds no zero while $typed is typed a key at a time, until the code is whole',
      ({ typed, sameAs }) => {
        for (let keys = 1; keys < typed.length; keys++) {
          const soFar = typed.slice(0, keys);
          expect(addresses(soFar).filter((address) => !holdsLiterally(soFar)(address))).toEqual([]);
        }
        expect(addresses(typed)).toEqual(addresses(sameAs));
      },
    );
  });

  describe('reads accented letters as plain ones', () => {
    it.each([
      { typed: 'Médicare', sameAs: 'medicare' },
      { typed: 'LPN, tráining', sameAs: 'lpn training' },
      { typed: 'nürse visit', sameAs: 'nurse visit' },
    ])('lists for $typed just what $sameAs lists', ({ typed, sameAs }) => {
      const found = addresses(typed);
      expect(found).not.toEqual([]);
      expect(found).toEqual(addresses(sameAs));
    });

    // Dropping a letter used to leave fragments that match unrelated entries: "ñandú" read as
    // "and" listed 177, "résumé" as "r" and "sum" listed sources.
    it.each([
      { typed: 'ñandú', readAs: 'nandu' },
      { typed: 'résumé', readAs: 'resume' },
      { typed: 'søn', readAs: 'søn, ø kept' },
      { typed: 'æther', readAs: 'æther, æ kept' },
    ])('finds nothing for $typed, read as $readAs', ({ typed }) => {
      expect(addresses(typed)).toEqual([]);
    });
  });
});
