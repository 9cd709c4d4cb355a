import { describe, expect, it } from 'vitest';
import { evaluateVisit } from '../builders.ts';

describe('an entered HCPCS code', () => {
  it.each([
    ['G0299', 'G0299'],
    ['g0299', 'G0299'],
    [' G 0299 ', 'G0299'],
    [['G0299', 'g0495'], 'G0299'],
  ])('%j is read as %s', (hcpcs, expected) => {
    const line = evaluateVisit({ hcpcs: hcpcs as string | string[] });
    expect(line.hcpcs).toBe(expected);
    expect(line.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
  });

  it.each([
    ['G0299, G0300', ['G0299', 'G0300']],
    ['g0299;G0495', ['G0299', 'G0495']],
    ['G0299,', ['G0299']],
  ])('%j typed in one cell is read as the codes %j', (hcpcs, codes) => {
    const line = evaluateVisit({ hcpcs });
    expect(line.hcpcs).toBe(codes[0]);
    const multiple = line.findings.filter((finding) => finding.rule === 'multiple-hcpcs-per-visit');
    expect(multiple).toHaveLength(codes.length > 1 ? 1 : 0);
    if (codes.length > 1) expect(multiple[0]!.message).toContain(codes.join(', '));
    expect(line.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
  });

  it.each(['X', 'G029', 'G02999', '0299G', 'G-0299'])(
    '%s is refused, naming the field, and the suggestion stands',
    (hcpcs) => {
      const line = evaluateVisit({ hcpcs });
      const invalid = line.findings.filter((finding) => finding.rule === 'invalid-input');
      expect(invalid).toHaveLength(1);
      expect(invalid[0]!.field).toBe('visits[0].hcpcs');
      expect(invalid[0]!.message).toContain('a letter and four digits');
      expect(line.hcpcs).toBe('G0299');
    },
  );
});
