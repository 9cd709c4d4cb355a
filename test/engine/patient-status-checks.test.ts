// Checks on the patient status: the RAP's status, unknown codes, and the date of death.
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import { findingsOf, fires, makeClaim, makeVisit } from '../builders.ts';

const assessment = { code: '50', date: '2026-03-09' };

describe('patient status', () => {
  const rap = (patientStatus: string | undefined) =>
    makeClaim({
      billType: '0322',
      from: '2021-03-01',
      through: '2021-03-01',
      patientStatus,
      visits: [makeVisit({ date: '2021-03-01' })],
    });

  it.each([
    ['30', false],
    ['01', true],
    ['06', true],
    [undefined, false],
  ])('a RAP with status %s: rap-status-not-30 fires %s', (status, expected) => {
    expect(fires(rap(status), 'rap-status-not-30')).toBe(expected);
  });

  it('leaves the status of a period claim to the coder', () => {
    expect(fires(makeClaim({ patientStatus: '01' }), 'rap-status-not-30')).toBe(false);
  });

  it.each(codeTables.patientStatus.map((row) => row.code))(
    'knows status %s from the table',
    (code) => {
      expect(fires(makeClaim({ patientStatus: code }), 'patient-status-unknown')).toBe(false);
    },
  );

  it.each([
    ['medicare', '05'],
    ['medicare', '99'],
    ['bcbsil', '40'],
  ] as const)('on %s warns about status %s', (payer, code) => {
    const [finding] = findingsOf(
      makeClaim({ payer, patientStatus: code }),
      'patient-status-unknown',
    );
    expect(finding).toMatchObject({ severity: 'warning', field: 'claim.patientStatus' });
  });
});

describe('death-date-not-through', () => {
  const expired = (through: string, death: { code: string; date: string }[]) =>
    makeClaim({ patientStatus: '20', through, occurrenceCodes: [assessment, ...death] });

  it.each([
    [
      'the Through date is the date of death',
      expired('2026-03-20', [{ code: '55', date: '2026-03-20' }]),
      false,
    ],
    [
      'the Through date is a day later',
      expired('2026-03-21', [{ code: '55', date: '2026-03-20' }]),
      true,
    ],
    [
      'the Through date is a day earlier',
      expired('2026-03-19', [{ code: '55', date: '2026-03-20' }]),
      true,
    ],
    ['occurrence code 55 is missing', expired('2026-03-20', []), false],
  ])('when %s: fires %s', (_name, claim, expected) => {
    expect(fires(claim, 'death-date-not-through')).toBe(expected);
  });

  it('needs patient status 20', () => {
    const claim = makeClaim({
      patientStatus: '01',
      through: '2026-03-21',
      occurrenceCodes: [assessment, { code: '55', date: '2026-03-20' }],
    });
    expect(fires(claim, 'death-date-not-through')).toBe(false);
  });
});
