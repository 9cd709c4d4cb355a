import { describe, expect, it } from 'vitest';
import { chooseCode } from '../../src/claim-format/choose-code.ts';
import { readVisitType, serviceChoices } from '../../src/claim-format/read-visit-type.ts';
import { codeTables } from '../../src/data/index.ts';
import type { DisciplineId } from '../../src/data/schema.ts';

const tables = codeTables;

describe('readVisitType', () => {
  it.each([
    ['Skilled Nursing Visit', 'SN', 'direct'],
    ['SN Visit', 'SN', 'direct'],
    ['RN Visit', 'SN', 'direct'],
    ['LPN Routine Visit', 'SN', 'direct'],
    ['SN Teaching', 'SN', 'training'],
    ['SN Teaching Visit', 'SN', 'training'],
    ['SN Training', 'SN', 'training'],
    ['SN Patient Education', 'SN', 'training'],
    ['SN Observation', 'SN', 'observation'],
    ['SN Observation and Assessment', 'SN', 'observation'],
    ['SN Assessment Visit', 'SN', 'observation'],
    ['SN OASIS Assessment', 'SN', 'direct'],
    ['SN Management and Evaluation', 'SN', 'management'],
    ['SN Evaluation', 'SN', 'management'],
    ['SN Wound Care', 'SN', 'direct'],
    ['SN Private Duty Shift', 'SN', 'private-duty'],
    ['PT Evaluation', 'PT', 'therapy'],
    ['PT Eval', 'PT', 'therapy'],
    ['PT Re-Evaluation', 'PT', 'therapy'],
    ['PT Visit', 'PT', 'therapy'],
    ['PTA Treatment', 'PT', 'therapy'],
    ['PT Maintenance Visit', 'PT', 'maintenance'],
    ['Physical Therapy Visit', 'PT', 'therapy'],
    ['OT Evaluation', 'OT', 'therapy'],
    ['COTA Visit', 'OT', 'therapy'],
    ['Occupational Therapy Maintenance', 'OT', 'maintenance'],
    ['Speech Therapy Eval', 'SLP', 'therapy'],
    ['ST Visit', 'SLP', 'therapy'],
    ['MSW Eval', 'MSS', 'social-work'],
    ['MSW Assessment', 'MSS', 'social-work'],
    ['Medical Social Services Visit', 'MSS', 'social-work'],
    ['HHA Visit', 'AIDE', 'aide'],
    ['Home Health Aide Visit', 'AIDE', 'aide'],
    ['Aide Personal Care', 'AIDE', 'aide'],
    ['SKILLED NURSING VISIT', 'SN', 'direct'],
  ])('reads %j as %s with the %s service', (text, discipline, service) => {
    expect(readVisitType(text, tables)).toEqual({ ok: true, value: { discipline, service } });
  });

  it.each<[string, DisciplineId, string]>([
    ['SOC OASIS Visit', 'SN', 'direct'],
    ['SOC OASIS Visit', 'PT', 'therapy'],
    ['ROC Visit', 'SN', 'direct'],
    ['Recertification', 'OT', 'therapy'],
    ['Discharge Visit', 'MSS', 'social-work'],
    ['Routine Visit', 'AIDE', 'aide'],
    ['Evaluation', 'SN', 'management'],
    ['Evaluation', 'PT', 'therapy'],
    ['Evaluation', 'MSS', 'social-work'],
    ['Teaching', 'SN', 'training'],
    ['Pt Education', 'SN', 'training'],
    ['SN Teaching', 'SN', 'training'],
  ])('reads %j for a %s visit as %s', (text, discipline, service) => {
    expect(readVisitType(text, tables, discipline)).toEqual({
      ok: true,
      value: { discipline, service },
    });
  });

  it.each<[string, DisciplineId | undefined, object, string]>([
    [
      'SN Wound Dressing',
      undefined,
      { discipline: 'SN', service: 'direct' },
      '"SN Wound Dressing" names no service; read as SN\'s usual service, direct skilled nursing',
    ],
    [
      'Injection',
      'SN',
      { discipline: 'SN', service: 'direct' },
      '"Injection" names no service; read as SN\'s usual service, direct skilled nursing',
    ],
    [
      'HHA Companion',
      undefined,
      { discipline: 'AIDE', service: 'aide' },
      '"HHA Companion" names no service; read as AIDE\'s usual service, home health aide services',
    ],
    [
      'SN Maintenance',
      undefined,
      { discipline: 'SN', service: 'direct' },
      '"SN Maintenance" names a service SN does not offer (maintenance); read as SN\'s usual service, direct skilled nursing',
    ],
    [
      'PT Teaching',
      undefined,
      { discipline: 'PT', service: 'therapy' },
      '"PT Teaching" names a service PT does not offer (training); read as PT\'s usual service, therapy services',
    ],
    [
      'SOC OASIS Visit',
      undefined,
      {},
      '"SOC OASIS Visit" names no discipline, so its service follows the discipline',
    ],
    ['Misc', undefined, {}, '"Misc" names no discipline, so its service follows the discipline'],
  ])(
    'reads %j (discipline %s) as %j with a note, never a problem',
    (text, discipline, value, note) => {
      expect(readVisitType(text, tables, discipline)).toEqual({ ok: true, value, note });
    },
  );

  it('gives the service alone when only one service fits the words and no discipline is known', () => {
    expect(readVisitType('Teaching', tables)).toEqual({ ok: true, value: { service: 'training' } });
    expect(readVisitType('Maintenance', tables)).toEqual({
      ok: true,
      value: { service: 'maintenance' },
    });
  });

  it.each<[string, DisciplineId | undefined, string]>([
    ['PT Visit', 'SN', '"PT Visit" names PT, but the visit\'s discipline is SN.'],
    ['HHA Visit', 'SN', '"HHA Visit" names AIDE, but the visit\'s discipline is SN.'],
    ['PT/OT Eval', undefined, '"PT/OT Eval" names more than one discipline (PT, OT).'],
    [
      'SN Teaching and Assessment',
      undefined,
      '"SN Teaching and Assessment" names more than one SN service (training, observation); keep one, or split the visit into activities.',
    ],
    ['', undefined, 'Nothing is entered.'],
  ])('refuses %j (discipline %s), saying why', (text, discipline, problem) => {
    expect(readVisitType(text, tables, discipline)).toEqual({ ok: false, problem });
  });
});

describe('serviceChoices', () => {
  it('offers only the services of the visit’s discipline', () => {
    expect(serviceChoices(tables, 'PT').map((choice) => choice.code)).toEqual([
      'therapy',
      'maintenance',
    ]);
    expect(serviceChoices(tables)).toHaveLength(tables.services.length);
  });

  it.each<[string, DisciplineId, string]>([
    ['teaching', 'SN', 'training'],
    ['eval', 'SN', 'management'],
    ['eval', 'PT', 'therapy'],
    ['social work', 'MSS', 'social-work'],
  ])('lets a service cell read %j for a %s visit as %s', (text, discipline, service) => {
    expect(chooseCode(text, serviceChoices(tables, discipline))).toEqual({
      ok: true,
      value: service,
    });
  });
});

describe('the service words in the tables', () => {
  it('give each discipline one service per word, so a word is never a coin toss', () => {
    const clashes = tables.disciplines.flatMap((discipline) => {
      const owner = new Map<string, string>();
      return tables.services
        .filter((service) => discipline.services.includes(service.code))
        .flatMap((service) =>
          service.words.flatMap((word) => {
            const key = word.toLowerCase();
            const first = owner.get(key);
            owner.set(key, first ?? service.code);
            return first === undefined ? [] : [`${discipline.code}: ${word}`];
          }),
        );
    });
    expect(clashes).toEqual([]);
  });

  it('let every discipline’s usual service know the word "visit"', () => {
    const usual = tables.disciplines.map((row) => row.defaultService);
    const missing = tables.services.filter(
      (service) => usual.includes(service.code) && !service.words.includes('visit'),
    );
    expect(missing).toEqual([]);
  });
});
