import { describe, expect, it } from 'vitest';
import {
  CLAIM_FILE_FORMAT,
  CLAIM_FILE_VERSION,
  claimFileText,
  readClaimFile,
  readClaimFileValue,
} from '../../src/claim-format/claim-file.ts';

const claim = {
  payer: 'medicare',
  remarks: 'D9: units corrected',
  visits: [{ id: 'V1', date: '2026-01-05', hcpcs: ['G0299', 'G0300'], modifiers: 'KX GP' }],
};

describe('the claim file reader and writer', () => {
  it('reads back the claim it wrote, remarks and modifiers included', () => {
    expect(readClaimFile(claimFileText('Smith', claim))).toEqual({
      ok: true,
      name: 'Smith',
      claim,
    });
  });

  it('opens a bare claim under the name it is given', () => {
    expect(readClaimFileValue(claim, 'Opened')).toEqual({ ok: true, name: 'Opened', claim });
  });

  it.each([
    [
      'modifiers that are a number',
      { ...claim, visits: [{ id: 'V1', modifiers: 59 }] },
      'Modifiers, visit 1: expected modifiers as text ("KX GP") or a list of them.',
    ],
    ['remarks that are a list', { ...claim, remarks: ['x'] }, 'Remarks: expected text.'],
    [
      'an occurrence code that is not an object',
      { ...claim, occurrenceCodes: ['50'] },
      'Occurrence code 1: expected {code, date}.',
    ],
  ])('names the field of %s', (_what, body, problem) => {
    const file = { format: CLAIM_FILE_FORMAT, version: CLAIM_FILE_VERSION, name: 'x', claim: body };
    expect(readClaimFileValue(file)).toEqual({ ok: false, problems: [problem] });
  });
});
