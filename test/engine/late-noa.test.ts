// The Notice of Admission's dates: one accepted before the admission is an error (NGS: an NOA
// is sent once the patient is admitted), and a late one's reduction is part of the result as
// figures (days late, days cut, share of the period), as CR 12227 and NGS's late NOA page word it.
import { describe, expect, it } from 'vitest';
import type { ClaimInput } from '../../src/engine/index.ts';
import { evaluate, makeClaim, makeVisit, rules } from '../builders.ts';

const admission = '2026-03-09';

function withNoa(noaAcceptedDate: string, overrides: Partial<ClaimInput> = {}): ClaimInput {
  return makeClaim({ admissionDate: admission, noaAcceptedDate, ...overrides });
}

describe('noa-before-admission', () => {
  it.each([
    ['the day before admission', '2026-03-08', true],
    ['a month before admission', '2026-02-09', true],
    ['the admission date', '2026-03-09', false],
    ['the day after admission', '2026-03-10', false],
  ])('with the NOA accepted %s: fires %s', (_name, accepted, fires) => {
    expect(rules(evaluate(withNoa(accepted)).findings).includes('noa-before-admission')).toBe(
      fires,
    );
  });

  it('points at the NOA accepted date and says neither date can stand', () => {
    const finding = evaluate(withNoa('2026-03-08')).findings.find(
      (found) => found.rule === 'noa-before-admission',
    );
    expect(finding).toMatchObject({ severity: 'error', field: 'claim.noaAcceptedDate' });
    expect(finding?.message).toBe(
      'The NOA accepted date (2026-03-08) is before the admission date (2026-03-09). An NOA is sent only once the patient is admitted, after the first visit, so it cannot be accepted before admission. Correct whichever date is wrong.',
    );
  });

  it('is a Medicare rule only', () => {
    const claim = withNoa('2026-03-08', { payer: 'bcbsil' });
    expect(rules(evaluate(claim).findings)).not.toContain('noa-before-admission');
  });
});

describe('the late-NOA reduction in the result', () => {
  it.each([
    // NGS's example: admitted 1/1, timely through 1/6, accepted 1/7 → 6/30.
    ['accepted on day 5: timely', admission, '2026-03-14', null],
    ['accepted on day 6 (the source example)', admission, '2026-03-15', [6, 6, 0.2]],
    ['accepted 45 days late', admission, '2026-04-23', [45, 30, 1]],
    ['a later period, accepted 15 days into it', '2026-04-08', '2026-04-23', [45, 15, 0.5]],
    ['a later period that began after acceptance', '2026-04-08', '2026-04-08', null],
  ])('%s: %j', (_name, from, accepted, figures) => {
    const claim = withNoa(accepted, {
      from,
      through: from === admission ? '2026-04-07' : '2026-05-07',
      visits: [makeVisit({ date: from, charge: 150 })],
    });
    const late = evaluate(claim).lateNoa;
    if (figures === null) expect(late).toBeNull();
    else expect([late?.daysLate, late?.daysCut, late?.fractionCut]).toEqual(figures);
  });

  it('carries the dates and whether the claim is a later period', () => {
    expect(evaluate(withNoa('2026-03-15')).lateNoa).toEqual({
      admissionDate: admission,
      noaAcceptedDate: '2026-03-15',
      daysLate: 6,
      laterPeriod: false,
      daysInPeriod: 6,
      daysCut: 6,
      periodDays: 30,
      fractionCut: 0.2,
      exceptionRequested: false,
    });
  });

  it('is null without both dates', () => {
    expect(evaluate(makeClaim({ admissionDate: admission })).lateNoa).toBeNull();
  });

  it('tells the coder how to ask for an exception: KX on the 0023 line and Remarks', () => {
    const finding = evaluate(withNoa('2026-03-15')).findings.find(
      (found) => found.rule === 'noa-late',
    );
    expect(finding?.message).toMatch(
      /If an exception applies, add modifier KX to the 0023 \(HIPPS\) line and explain the circumstances in Remarks\.$/,
    );
  });
});

describe('the late-NOA exception: KX on the 0023 line (CGS, NGS; CR 13543 MAC pages)', () => {
  it.each([
    ['no modifier', undefined, false, 6],
    ['KX', 'KX', true, 0],
    ['kx typed in lower case, with another modifier', 'gp kx', true, 0],
    ['another modifier only', 'GP', false, 6],
  ])('with %s on the 0023 line: exception %s, %d days cut', (_name, hippsModifiers, asked, cut) => {
    const claim = withNoa('2026-03-15', hippsModifiers === undefined ? {} : { hippsModifiers });
    const late = evaluate(claim).lateNoa;
    expect([late?.exceptionRequested, late?.daysCut]).toEqual([asked, cut]);
  });

  it('carries the modifiers on the 0023 line', () => {
    const hipps = evaluate(withNoa('2026-03-15', { hippsModifiers: 'KX' })).claimLines.find(
      (line) => line.kind === 'hipps',
    );
    expect(hipps).toMatchObject({ revenueCode: '0023', hcpcs: '1FC21', modifiers: ['KX'] });
  });

  it('asks for Remarks when KX is there without them, and applies no cut', () => {
    const finding = evaluate(withNoa('2026-03-15', { hippsModifiers: 'KX' })).findings.find(
      (found) => found.rule === 'noa-late',
    );
    expect(finding).toMatchObject({ field: 'claim.remarks' });
    expect(finding?.message).toMatch(
      /no cut is applied unless the MAC denies it\. Explain the circumstances/,
    );
  });

  it('only reminds about the Remarks when they are there', () => {
    const claim = withNoa('2026-03-15', {
      hippsModifiers: 'KX',
      remarks: 'NOA late: FISS outage 2026-03-10 to 2026-03-14 (CPIL).',
    });
    const finding = evaluate(claim).findings.find((found) => found.rule === 'noa-late');
    expect(finding).toMatchObject({ field: 'claim.noaAcceptedDate' });
    expect(finding?.message).toMatch(/Make sure the Remarks give the circumstances/);
  });

  it('reports a modifier that cannot be read as invalid input on the field', () => {
    const finding = evaluate(withNoa('2026-03-15', { hippsModifiers: 'KXX' })).findings.find(
      (found) => found.rule === 'invalid-input',
    );
    expect(finding?.field).toBe('claim.hippsModifiers');
  });
});
