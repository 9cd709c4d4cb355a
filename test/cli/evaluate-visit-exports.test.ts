import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import type { ClaimResult } from '../../src/engine/index.ts';
import { exportPeriod, readVisitExport, visitExports } from '../fixtures/visit-exports/expected.ts';
import { fakeIo } from './fake-io.ts';

const flags = [
  '--payer',
  'medicare',
  '--from',
  exportPeriod.from,
  '--through',
  exportPeriod.through,
];

describe('evaluate command with visit exports from EMR, EVV and spreadsheets', () => {
  it.each(visitExports.map((entry) => [entry.file, entry] as const))(
    'reads every row of %s as a coded visit line',
    async (file, expected) => {
      const { io, stdout, stderr } = fakeIo('', { [file]: readVisitExport(file) });
      expect(await runEvaluate([file, ...flags], io)).toBe(0);
      const result = JSON.parse(stdout()) as ClaimResult;
      expect(result.lines.map((line) => [line.hcpcs, line.units])).toEqual(expected.lines);
      expect(result.findings.filter((finding) => finding.rule === 'invalid-input')).toEqual([]);
      const ignored = `evaluate: ${file} ignored: ${expected.ignored.join(', ')}\n`;
      if (expected.ignored.length > 0) expect(stderr()).toContain(ignored);
      else expect(stderr()).not.toContain('ignored:');
    },
  );

  it('notes what it decided: a task that names no service is the usual one', async () => {
    const file = 'hand-kept-log.tsv';
    const { io, stderr } = fakeIo('', { [file]: readVisitExport(file) });
    expect(await runEvaluate([file, ...flags], io)).toBe(0);
    expect(stderr()).toContain(
      `evaluate: ${file} row 2, Visit Type: "Foley change" names no service; read as SN's usual service, direct skilled nursing\n`,
    );
  });
});
