import { describe, expect, it } from 'vitest';
import { codeKey } from '../../src/claim-format/choose-code.ts';
import {
  credentialChoices,
  disciplineChoices,
  disciplinesNamedIn,
  readClinician,
  readClinicianType,
  readCredential,
  readDiscipline,
} from '../../src/claim-format/read-clinician.ts';
import { codeTables } from '../../src/data/index.ts';

const tables = codeTables;

describe('readDiscipline', () => {
  it.each([
    ['SN', 'SN'],
    ['sn', 'SN'],
    ['Skilled Nursing', 'SN'],
    ['skilled nursing', 'SN'],
    ['Nursing', 'SN'],
    ['RN', 'SN'],
    ['LPN', 'SN'],
    ['LVN', 'SN'],
    ['Physical Therapy', 'PT'],
    ['PT', 'PT'],
    ['PTA', 'PT'],
    ['Occupational Therapy', 'OT'],
    ['OT', 'OT'],
    ['OTR', 'OT'],
    ['OTR/L', 'OT'],
    ['OTA', 'OT'],
    ['COTA', 'OT'],
    ['Speech Therapy', 'SLP'],
    ['Speech-Language Pathology', 'SLP'],
    ['Speech Language Pathology', 'SLP'],
    ['ST', 'SLP'],
    ['SLP', 'SLP'],
    ['CCC-SLP', 'SLP'],
    ['Medical Social Services', 'MSS'],
    ['MSS', 'MSS'],
    ['MSW', 'MSS'],
    ['LCSW', 'MSS'],
    ['LSW', 'MSS'],
    ['Home Health Aide', 'AIDE'],
    ['HHA', 'AIDE'],
    ['CNA', 'AIDE'],
    ['aide', 'AIDE'],
    ['AIDE', 'AIDE'],
  ])('reads %j as %s', (text, discipline) => {
    expect(readDiscipline(text, tables)).toEqual({ ok: true, value: discipline });
  });

  it('reads a unique prefix with a note', () => {
    expect(readDiscipline('phys', tables)).toEqual({
      ok: true,
      value: 'PT',
      note: '"phys" is read as PT (Physical therapy)',
    });
  });

  it.each([
    [
      's',
      '"s" could be SN (Skilled nursing), SLP (Speech-language pathology) or MSS (Medical social services); type more of it.',
    ],
    [
      'dietitian',
      '"dietitian" is none of SN (Skilled nursing), PT (Physical therapy), OT (Occupational therapy), SLP (Speech-language pathology), MSS (Medical social services) or AIDE (Home health aide).',
    ],
  ])('refuses %j, saying what it could be', (text, problem) => {
    expect(readDiscipline(text, tables)).toEqual({ ok: false, problem });
  });
});

describe('readCredential', () => {
  it.each([
    ['RN', 'RN'],
    ['Registered Nurse', 'RN'],
    ['LPN', 'LPN'],
    ['LVN', 'LPN'],
    ['Licensed Vocational Nurse', 'LPN'],
    ['PT', 'PT'],
    ['DPT', 'PT'],
    ['PTA', 'PTA'],
    ['OT', 'OT'],
    ['OTR', 'OT'],
    ['OTR/L', 'OT'],
    ['otr-l', 'OT'],
    ['OTA', 'OTA'],
    ['COTA', 'OTA'],
    ['COTA/L', 'OTA'],
    ['SLP', 'SLP'],
    ['CCC-SLP', 'SLP'],
    ['ST', 'SLP'],
    ['Speech Therapy', 'SLP'],
    ['MSW', 'MSW'],
    ['LCSW', 'MSW'],
    ['LSW', 'MSW'],
    ['MSS', 'MSW'],
    ['AIDE', 'AIDE'],
    ['HHA', 'AIDE'],
    ['CNA', 'AIDE'],
    ['Home Health Aide', 'AIDE'],
  ])('reads %j as %s', (text, credential) => {
    expect(readCredential(text, tables)).toEqual({ ok: true, value: credential });
  });

  it.each([
    ['SN', '"SN" names a discipline, not a credential: it could be RN or LPN.'],
    [
      'Physical Therapy',
      '"Physical Therapy" names a discipline, not a credential: it could be PT or PTA.',
    ],
    ['nurse', '"nurse" names a discipline, not a credential: it could be RN or LPN.'],
    [
      'physical',
      '"physical" could be PT (Physical therapist) or PTA (Physical therapist assistant); type more of it.',
    ],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readCredential(text, tables)).toEqual({ ok: false, problem });
  });
});

describe('readClinicianType', () => {
  it.each([
    ['RN', { discipline: 'SN', credential: 'RN' }],
    ['LPN', { discipline: 'SN', credential: 'LPN' }],
    ['LVN', { discipline: 'SN', credential: 'LPN' }],
    ['HHA', { discipline: 'AIDE', credential: 'AIDE' }],
    ['CNA', { discipline: 'AIDE', credential: 'AIDE' }],
    ['PT', { discipline: 'PT', credential: 'PT' }],
    ['PTA', { discipline: 'PT', credential: 'PTA' }],
    ['COTA', { discipline: 'OT', credential: 'OTA' }],
    ['ST', { discipline: 'SLP', credential: 'SLP' }],
    ['MSW', { discipline: 'MSS', credential: 'MSW' }],
    ['Skilled Nursing', { discipline: 'SN' }],
    ['SN', { discipline: 'SN' }],
    ['Physical Therapy', { discipline: 'PT' }],
    ['Medical Social Services', { discipline: 'MSS', credential: 'MSW' }],
  ])('reads %j as %j', (text, type) => {
    expect(readClinicianType(text, tables)).toEqual({ ok: true, value: type });
  });

  it('reads a prefix of a discipline with a note', () => {
    expect(readClinicianType('occ', tables)).toEqual({
      ok: true,
      value: { discipline: 'OT' },
      note: '"occ" is read as OT (Occupational therapy)',
    });
  });

  it('refuses a type that names nothing known', () => {
    expect(readClinicianType('Dietitian', tables).ok).toBe(false);
  });
});

describe('readClinician', () => {
  it.each([
    ['Anna Smith, RN', { discipline: 'SN', credential: 'RN' }],
    ['Smith, Anna LPN', { discipline: 'SN', credential: 'LPN' }],
    ['Jane Doe RN, BSN', { discipline: 'SN', credential: 'RN' }],
    ['Jane Doe, MSN, RN', { discipline: 'SN', credential: 'RN' }],
    ['Lee, Sam LVN', { discipline: 'SN', credential: 'LPN' }],
    ['Ken Ota, PT, DPT', { discipline: 'PT', credential: 'PT' }],
    ['Ota, Ken RN', { discipline: 'SN', credential: 'RN' }],
    ['Bo Li PTA', { discipline: 'PT', credential: 'PTA' }],
    ['Jane Doe, OTR/L', { discipline: 'OT', credential: 'OT' }],
    ['Pat Kim, COTA/L', { discipline: 'OT', credential: 'OTA' }],
    ['Ana Ruiz, M.S., CCC-SLP', { discipline: 'SLP', credential: 'SLP' }],
    ['Tom Ng, LCSW', { discipline: 'MSS', credential: 'MSW' }],
    ['Mary Jones (HHA)', { discipline: 'AIDE', credential: 'AIDE' }],
    ['Mary Jones, CNA', { discipline: 'AIDE', credential: 'AIDE' }],
    ['Mary Jones, aide', { discipline: 'AIDE', credential: 'AIDE' }],
    ['Mary Jones, Home Health Aide', { discipline: 'AIDE', credential: 'AIDE' }],
    ['Mary Jones, Certified Nursing Assistant', { discipline: 'AIDE', credential: 'AIDE' }],
    ['Anna Smith, Registered Nurse', { discipline: 'SN', credential: 'RN' }],
    ['Anna Smith, LPN/LVN', { discipline: 'SN', credential: 'LPN' }],
    ['Anna Smith, Nurse', { discipline: 'SN' }],
    ['Joe Park, Physical Therapy', { discipline: 'PT' }],
  ])('reads %j as %j', (text, type) => {
    expect(readClinician(text, tables)).toEqual({ ok: true, value: type });
  });

  it.each([
    [
      'Anna Smith',
      '"Anna Smith" names no credential; write it after the name (Anna Smith, RN), or fill in the credential.',
    ],
    [
      'Ota, Ken',
      '"Ota, Ken" names no credential; write it after the name (Anna Smith, RN), or fill in the credential.',
    ],
    [
      'Pt Smith, Rn',
      '"Pt Smith, Rn" names no credential; write it after the name (Anna Smith, RN), or fill in the credential.',
    ],
    [
      'John Roe, RN, CNA',
      '"John Roe, RN, CNA" names more than one credential (RN, AIDE); keep the one the visit was made as.',
    ],
    ['', 'Nothing is entered.'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readClinician(text, tables)).toEqual({ ok: false, problem });
  });
});

describe('the names and abbreviations in the tables', () => {
  it('name one discipline each', () => {
    const meanings = new Map<string, Set<string>>();
    for (const choice of disciplineChoices(tables))
      for (const spelling of [choice.code, choice.name ?? '', ...(choice.aliases ?? [])]) {
        const key = codeKey(spelling);
        meanings.set(key, (meanings.get(key) ?? new Set()).add(choice.code));
      }
    const shared = [...meanings].filter(([, codes]) => codes.size > 1);
    expect(shared).toEqual([]);
  });

  it('name one credential each', () => {
    const meanings = new Map<string, Set<string>>();
    for (const choice of credentialChoices(tables))
      for (const spelling of [choice.code, choice.name ?? '', ...(choice.aliases ?? [])]) {
        const key = codeKey(spelling);
        meanings.set(key, (meanings.get(key) ?? new Set()).add(choice.code));
      }
    const shared = [...meanings].filter(([, codes]) => codes.size > 1);
    expect(shared).toEqual([]);
  });

  it('never repeat a row’s own name', () => {
    const repeats = [...tables.disciplines, ...tables.credentials].flatMap((row) =>
      row.aliases.filter((alias) => codeKey(alias) === codeKey(row.name)),
    );
    expect(repeats).toEqual([]);
  });

  it('find each discipline in free text by its code', () => {
    expect(disciplinesNamedIn('SN and PT, then OT', tables)).toEqual(['SN', 'PT', 'OT']);
  });
});
