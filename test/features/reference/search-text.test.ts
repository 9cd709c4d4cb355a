import { describe, expect, it } from 'vitest';
import {
  cellMatchesFilter,
  matchesAllWords,
  normaliseCode,
  prepareSearchText,
  splitSearchWords,
} from '../../../src/features/reference/search-text.ts';

describe('normaliseCode', () => {
  it.each([
    ['G0299', 'g0299'],
    ['g0299', 'g0299'],
    ['G 0299', 'g0299'],
    [' g-0299. ', 'g0299'],
    ['short-visit', 'shortvisit'],
    ['C10-40.2', 'c10402'],
    ['!!', ''],
    ['Résumé', 'resume'],
    ['ñandú', 'nandu'],
  ])('reads %j as %j', (typed, expected) => {
    expect(normaliseCode(typed)).toBe(expected);
  });
});

describe('splitSearchWords', () => {
  it('lowercases and splits on spaces and punctuation', () => {
    expect(splitSearchWords('LPN, training/Education')).toEqual(['lpn', 'training', 'education']);
  });

  it.each([
    ['Médicare nürse', ['medicare', 'nurse']],
    ['ñandú', ['nandu']],
    ['søn', ['søn']],
  ])('reads %j as the words %j: accents dropped, no letter splits a word', (text, words) => {
    expect(splitSearchWords(text)).toEqual(words);
  });

  it('gives no words for blank text', () => {
    expect(splitSearchWords('  - ')).toEqual([]);
  });
});

describe('matchesAllWords', () => {
  const prepared = prepareSearchText('Training or education by a licensed practical nurse', 'LPN');

  it('matches when every word starts a word of the text', () => {
    expect(matchesAllWords(prepared, ['lpn', 'train'])).toBe(true);
  });

  it('does not match when one word is missing', () => {
    expect(matchesAllWords(prepared, ['lpn', 'observation'])).toBe(false);
  });

  it('does not match a word found only inside another word', () => {
    expect(matchesAllWords(prepared, ['raining'])).toBe(false);
  });
});

describe('cellMatchesFilter', () => {
  it.each([
    ['Skilled nursing (SN)', 'nursing', true],
    ['Skilled nursing (SN)', 'SKILLED sn', true],
    ['Skilled nursing (SN)', 'therapy', false],
    ['G0299', 'g 02', true],
    ['032x, 034x', '034', true],
    ['anything', '', true],
    ['Skilled nursing (SN)', 'nürsing', true],
    ['Standard visit', 'ñandú', false],
  ])('%j filtered by %j gives %s', (cell, filter, expected) => {
    expect(cellMatchesFilter(cell, filter)).toBe(expected);
  });
});
