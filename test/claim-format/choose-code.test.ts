import { describe, expect, it } from 'vitest';
import { chooseCode, codeKey, suggestCodes } from '../../src/claim-format/choose-code.ts';

const modes = [
  { code: 'in-person', name: 'In person' },
  { code: 'audio-video', name: 'Audio and video' },
  { code: 'audio-only', name: 'Audio only' },
  { code: 'remote-monitoring', name: 'Remote patient monitoring', aliases: ['RPM'] },
];

describe('chooseCode', () => {
  it.each([
    ['in-person', 'in-person'],
    ['IN PERSON', 'in-person'],
    ['in_person', 'in-person'],
    ['Audio-Video', 'audio-video'],
    ['audio and video', 'audio-video'],
    ['rpm', 'remote-monitoring'],
    ['R.P.M.', 'remote-monitoring'],
  ])('reads %j as %s (an exact code, name or alias)', (text, code) => {
    expect(chooseCode(text, modes)).toEqual({ ok: true, value: code });
  });

  it.each([
    ['in', 'in-person', '"in" is read as in-person (In person)'],
    [
      'remote',
      'remote-monitoring',
      '"remote" is read as remote-monitoring (Remote patient monitoring)',
    ],
    ['audio o', 'audio-only', '"audio o" is read as audio-only (Audio only)'],
    ['video', 'audio-video', '"video" is read as audio-video (Audio and video)'],
    [
      'monitor',
      'remote-monitoring',
      '"monitor" is read as remote-monitoring (Remote patient monitoring)',
    ],
  ])('reads %j, a unique prefix, as %s with a note', (text, code, note) => {
    expect(chooseCode(text, modes)).toEqual({ ok: true, value: code, note });
  });

  it('takes an exact code over a longer code it starts', () => {
    const codes = [{ code: 'PTA' }, { code: 'PT' }];
    expect(chooseCode('pt', codes)).toEqual({ ok: true, value: 'PT' });
  });

  it('takes an exact code over another choice with that alias', () => {
    const codes = [{ code: 'A', aliases: ['B'] }, { code: 'B' }];
    expect(chooseCode('b', codes)).toEqual({ ok: true, value: 'B' });
  });

  it.each([
    [
      'audio',
      '"audio" could be audio-video (Audio and video) or audio-only (Audio only); type more of it.',
    ],
    [
      'telehealth',
      '"telehealth" is none of in-person (In person), audio-video (Audio and video), audio-only (Audio only) or remote-monitoring (Remote patient monitoring).',
    ],
    [
      '—',
      '"—" is none of in-person (In person), audio-video (Audio and video), audio-only (Audio only) or remote-monitoring (Remote patient monitoring).',
    ],
    ['', 'Nothing is entered.'],
  ])('refuses %j, listing what it could be', (text, problem) => {
    expect(chooseCode(text, modes)).toEqual({ ok: false, problem });
  });

  it('lists at most ten choices, counting the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => ({ code: `C${i}` }));
    expect(chooseCode('x', many)).toEqual({
      ok: false,
      problem: '"x" is none of C0, C1, C2, C3, C4, C5, C6, C7, C8, C9 and 2 more.',
    });
  });

  it('refuses a prefix when prefixes are turned off', () => {
    expect(chooseCode('in', modes, { prefixes: false }).ok).toBe(false);
    expect(chooseCode('in person', modes, { prefixes: false })).toEqual({
      ok: true,
      value: 'in-person',
    });
  });

  it('calls an alias shared by two choices ambiguous', () => {
    const codes = [
      { code: 'X', aliases: ['same'] },
      { code: 'Y', aliases: ['Same'] },
    ];
    expect(chooseCode('same', codes)).toEqual({
      ok: false,
      problem: '"same" could be X or Y; type more of it.',
    });
  });

  it('gives the same answer however often it is asked (nothing cycles)', () => {
    const answers = Array.from({ length: 3 }, () => chooseCode('a', modes));
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[2]).toEqual(answers[0]);
  });
});

describe('suggestCodes', () => {
  const choices = [
    { code: 'SN', name: 'Skilled nursing' },
    { code: 'PT', name: 'Physical therapy' },
    { code: 'OT', name: 'Occupational therapy' },
    { code: 'SLP', name: 'Speech-language pathology', aliases: ['ST', 'Speech therapy'] },
  ];
  const codes = (text: string, limit = 10) => suggestCodes(text, choices, limit).map((c) => c.code);

  it.each([
    ['', ['SN', 'PT', 'OT', 'SLP']],
    ['st', ['SLP']],
    ['s', ['SN', 'SLP', 'PT']],
    ['therapy', ['PT', 'OT', 'SLP']],
    ['py', ['PT', 'OT', 'SLP']],
    ['nurs', ['SN']],
    ['zzz', []],
  ])('ranks %j as %j', (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it('gives at most `limit` choices', () => {
    expect(codes('', 2)).toEqual(['SN', 'PT']);
    expect(codes('therapy', 1)).toEqual(['PT']);
  });
});

describe('codeKey', () => {
  it.each([
    ['OTR/L', 'otrl'],
    ['O.T.R.-L', 'otrl'],
    ['  Social_Work ', 'socialwork'],
    ['ＰＴ', 'pt'],
    ['Évaluation', 'evaluation'],
  ])('spells %j as %j', (text, key) => {
    expect(codeKey(text)).toBe(key);
  });
});
