// What a period's visits qualify for: CR 9497 (MLN Matters MM9474) returns a period claim with
// no skilled visit on the admission's first period always, and on a later period unless
// condition code 54 is reported; a period with only telehealth or monitoring lines has no
// billable visit, and CMS asks that it not be submitted.
import { describe, expect, it } from 'vitest';
import type { ClaimInput, VisitInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit, rules } from '../builders.ts';

const aide: Partial<VisitInput> = { discipline: 'AIDE', credential: 'AIDE', charge: 60 };
const social: Partial<VisitInput> = { discipline: 'MSS', credential: 'MSW', charge: 90 };
const nurse: Partial<VisitInput> = { discipline: 'SN', credential: 'RN', charge: 150 };
const therapist: Partial<VisitInput> = { discipline: 'PT', credential: 'PT', charge: 140 };
const audioVideo: Partial<VisitInput> = { mode: 'audio-video', minutes: 20, charge: 0 };
const monitoring: Partial<VisitInput> = { mode: 'remote-monitoring', monitoringDays: 10 };

function period(kinds: Partial<VisitInput>[], overrides: Partial<ClaimInput> = {}): ClaimInput {
  return makeClaim({
    visits: kinds.map((kind, i) =>
      makeVisit({ id: `V${i + 1}`, date: `2026-03-${String(10 + i)}`, ...kind }),
    ),
    ...overrides,
  });
}

const first = { admissionDate: '2026-03-09' };
const later = { admissionDate: '2026-02-07' };

function fires(claim: ClaimInput, rule: string): boolean {
  return rules(evaluate(claim).findings).includes(rule);
}

describe('no-skilled-visit', () => {
  it.each([
    ['the first period, aide visits only', period([aide, aide], first), true],
    [
      'the first period, aide visits only, with condition code 54',
      period([aide], { ...first, conditionCodes: ['54'] }),
      true,
    ],
    ['the first period, an aide and a social work visit', period([aide, social], first), true],
    ['the first period, an aide and a nurse visit', period([aide, nurse], first), false],
    ['a later period, aide visits only', period([aide, aide], later), true],
    [
      'a later period, aide visits only, with condition code 54',
      period([aide], { ...later, conditionCodes: ['54'] }),
      false,
    ],
    ['a later period, social work and therapy', period([social, therapist], later), false],
    ['no admission date, aide visits only', period([aide]), true],
    [
      'no admission date, with condition code 54',
      period([aide], { conditionCodes: ['54'] }),
      false,
    ],
    [
      'a later period of 2016-06 with 54, before the code existed',
      period([aide], {
        from: '2016-06-01',
        through: '2016-07-30',
        admissionDate: '2016-04-02',
        conditionCodes: ['54'],
        occurrenceCodes: [],
        visits: [makeVisit({ date: '2016-06-02', ...aide })],
      }),
      true,
    ],
    [
      'an aide visit and a nurse by telehealth only',
      period([aide, { ...nurse, ...audioVideo }], later),
      true,
    ],
    [
      'a no-payment bill (0320)',
      period([aide], { ...first, billType: '0320', conditionCodes: ['21'] }),
      false,
    ],
  ])('on %s: fires %s', (_name, claim, expected) => {
    expect(fires(claim, 'no-skilled-visit')).toBe(expected);
  });

  it('says a first period is returned even with condition code 54', () => {
    const finding = evaluate(period([aide], { ...first, conditionCodes: ['54'] })).findings.find(
      (found) => found.rule === 'no-skilled-visit',
    );
    expect(finding).toMatchObject({ severity: 'error', field: 'claim.visits' });
    expect(finding?.message).toMatch(
      /returns the first period of an admission without a skilled visit, with or without condition code 54/,
    );
  });

  it('offers condition code 54 on a later period', () => {
    const finding = evaluate(period([aide], later)).findings.find(
      (found) => found.rule === 'no-skilled-visit',
    );
    expect(finding).toMatchObject({ severity: 'error', field: 'claim.conditionCodes' });
    expect(finding?.message).toMatch(/unless condition code 54 is reported/);
  });

  it('is a Medicare rule only', () => {
    expect(fires(period([aide], { ...first, payer: 'bcbsil' }), 'no-skilled-visit')).toBe(false);
  });
});

describe('telehealth-only-period', () => {
  it.each([
    [
      'audio-video services only',
      period([
        { ...nurse, ...audioVideo },
        { ...nurse, ...audioVideo },
      ]),
      true,
    ],
    ['remote monitoring only', period([{ ...nurse, ...monitoring }]), true],
    ['telehealth and one in-person visit', period([{ ...nurse, ...audioVideo }, nurse]), false],
    ['in-person visits only', period([nurse]), false],
    ['no lines at all', period([]), false],
  ])('on %s: fires %s', (_name, claim, expected) => {
    expect(fires(claim, 'telehealth-only-period')).toBe(expected);
  });

  it('says not to submit the claim', () => {
    const finding = evaluate(period([{ ...nurse, ...audioVideo }])).findings.find(
      (found) => found.rule === 'telehealth-only-period',
    );
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(
      /CMS asks agencies not to send a claim for a period with only such services/,
    );
    expect(finding?.message).toMatch(/otherwise do not submit this claim\.$/);
  });
});
