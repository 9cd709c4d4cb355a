import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parseEvaluateArguments } from '../../src/cli/arguments.ts';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import type { ClaimResult } from '../../src/engine/index.ts';
import { fakeIo } from './fake-io.ts';
import { evaluate } from '../builders.ts';

const context = ['--payer', 'medicare', '--from', '2026-01-05', '--through', '2026-02-03'];

const visitsCsv = [
  'id,date,discipline,credential,minutes,setting,charge',
  'V1,2026-01-05,SN,RN,45,home,150.00',
  'V2,2026-01-07,PT,PT,50,,180',
].join('\n');

const exampleContext = {
  payer: 'medicare',
  billType: '0329',
  from: '2026-01-05',
  through: '2026-02-03',
  hipps: '1FC21',
  admissionDate: '2026-01-05',
  noaAcceptedDate: '2026-01-07',
  patientStatus: '30',
};

async function exampleClaimVisits(): Promise<unknown[]> {
  const text = await readFile(
    new URL('../../examples/medicare-sn-pt.json', import.meta.url),
    'utf8',
  );
  return (JSON.parse(text) as { visits: unknown[] }).visits;
}

describe('evaluate command with a CSV of visits', () => {
  it('answers the visits of a .csv file with the claim options as one result', async () => {
    const { io, stdout, stderr } = fakeIo('', { 'visits.csv': visitsCsv });
    expect(await runEvaluate(['visits.csv', ...context], io)).toBe(0);
    expect(stderr()).toBe('');
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.payer).toBe('medicare');
    expect(result.lines.map((line) => [line.id, line.hcpcs, line.units])).toEqual([
      ['V1', 'G0299', 3],
      ['V2', 'G0151', 3],
    ]);
  });

  it('gives the same result as the same visits in a JSON claim', async () => {
    const csv = await readFile(
      new URL('../../examples/medicare-sn-pt-visits.csv', import.meta.url),
      'utf8',
    );
    const { io, stdout } = fakeIo('', { 'visits.csv': csv });
    const flags = Object.entries({
      '--payer': exampleContext.payer,
      '--bill-type': exampleContext.billType,
      '--from': exampleContext.from,
      '--through': exampleContext.through,
      '--hipps': exampleContext.hipps,
      '--admission-date': exampleContext.admissionDate,
      '--noa-accepted-date': exampleContext.noaAcceptedDate,
      '--patient-status': exampleContext.patientStatus,
    }).flat();
    expect(await runEvaluate(['visits.csv', ...flags], io)).toBe(0);
    const expected = evaluate({ ...exampleContext, visits: await exampleClaimVisits() });
    expect(JSON.parse(stdout())).toEqual(JSON.parse(JSON.stringify(expected)));
  });

  it('takes occurrence and value codes from options, so a clean Medicare claim stays clean', async () => {
    const csv = await readFile(
      new URL('../../examples/medicare-sn-pt-visits.csv', import.meta.url),
      'utf8',
    );
    const { io, stdout } = fakeIo('', { 'visits.csv': csv });
    const claimFlags = [...context, '--bill-type', '0329', '--hipps', '1FC21'];
    const codes = [
      '--occurrence-code',
      '50:2026-01-05',
      '--value-code',
      '61:16974.00',
      '--value-code',
      '85:17031',
    ];
    expect(await runEvaluate(['visits.csv', ...claimFlags, ...codes], io)).toBe(0);
    const rulesFired = (JSON.parse(stdout()) as ClaimResult).findings.map((f) => f.rule);
    expect(rulesFired).not.toContain('occurrence-50-missing');
    expect(rulesFired).not.toContain('value-code-61-missing');
    expect(rulesFired).not.toContain('value-code-85-missing');
  });

  it('reads a .tsv file as tab-separated', async () => {
    const tsv = visitsCsv.replace(/,/g, '\t');
    const { io, stdout } = fakeIo('', { 'visits.tsv': tsv });
    expect(await runEvaluate(['visits.tsv', '--payer=bcbsil'], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.payer).toBe('bcbsil');
    expect(result.lines).toHaveLength(2);
  });

  it('reads CSV from standard input with - and --format csv', async () => {
    const { io, stdout } = fakeIo(visitsCsv);
    expect(await runEvaluate(['-', '--format', 'csv', ...context], io)).toBe(0);
    expect((JSON.parse(stdout()) as ClaimResult).lines).toHaveLength(2);
  });

  it('matches headers whatever their case, spaces or underscores', async () => {
    const csv = [
      'Visit ID,DATE,Discipline,credential,Travel_Minutes,Minutes',
      'A,2026-01-05,SN,RN,10,55',
    ].join('\n');
    const { io, stdout } = fakeIo('', { 'v.csv': csv });
    expect(await runEvaluate(['v.csv', ...context], io)).toBe(0);
    const [line] = (JSON.parse(stdout()) as ClaimResult).lines;
    expect([line?.id, line?.minutes, line?.basis.travelMinutesExcluded]).toEqual(['A', 55, 10]);
  });

  it('reports bad values as invalid-input findings on the visit, like a JSON claim', async () => {
    const csv = [
      'date,discipline,credential,minutes',
      '2026-01-05,SN,RN,abc',
      'yesterday,XX,RN,30',
    ].join('\n');
    const { io, stdout } = fakeIo('', { 'bad.csv': csv });
    expect(await runEvaluate(['bad.csv', ...context], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    const invalid = result.findings.filter((f) => f.rule === 'invalid-input');
    expect(invalid.map((f) => f.field).sort()).toEqual([
      'visits[0].minutes',
      'visits[1].date',
      'visits[1].discipline',
    ]);
    expect(invalid.find((f) => f.field === 'visits[0].minutes')?.message).toBe(
      '"abc" is not a length of time: write minutes (45) or 1:05.',
    );
  });

  it('reports a decimal comma in a charge by its field, never reading 150,00 as $15,000', async () => {
    const csv = ['date,discipline,credential,minutes,charge', '2026-01-05,SN,RN,45,"150,00"'];
    const { io, stdout } = fakeIo('', { 'comma.csv': csv.join('\n') });
    expect(await runEvaluate(['comma.csv', ...context], io)).toBe(0);
    const result = JSON.parse(stdout()) as ClaimResult;
    const invalid = result.findings.filter((f) => f.rule === 'invalid-input');
    expect(invalid.map((f) => [f.field, f.severity, f.message])).toEqual([
      [
        'visits[0].charge',
        'error',
        '"150,00" has a decimal comma; write 150.00 (a comma may only group thousands, as in 1,250.00).',
      ],
    ]);
    expect(result.lines[0]?.findings.map((f) => f.field)).toContain('visits[0].charge');
    expect(invalid[0]?.target).toEqual({ list: 'visits', index: 0, field: 'charge' });
  });

  it('exits 2 naming each row whose cells do not line up with the header', async () => {
    const csv = [
      'date,discipline,credential,minutes',
      '2026-01-05,SN,RN',
      '2026-01-06,SN,RN,30,extra',
    ].join('\n');
    const { io, stdout, stderr } = fakeIo('', { 'short.csv': csv });
    expect(await runEvaluate(['short.csv', ...context], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr().trim().split('\n')).toEqual([
      expect.stringMatching(/^evaluate: short\.csv row 2: This row has 3 cells; the header has 4/),
      expect.stringMatching(/^evaluate: short\.csv row 3: This row has 5 cells; the header has 4/),
    ]);
  });

  it('ignores a column that is no visit field and names it on standard error', async () => {
    const csv = 'date,discipline,credential,minutes,colour,MRN\n2026-01-05,SN,RN,45,blue,77\n';
    const { io, stdout, stderr } = fakeIo(csv);
    expect(await runEvaluate(['-', '--format', 'csv', ...context], io)).toBe(0);
    expect(stderr()).toBe('evaluate: standard input ignored: colour, MRN\n');
    expect((JSON.parse(stdout()) as ClaimResult).lines).toHaveLength(1);
  });

  it('prints usage and exits 64 on an unknown option', async () => {
    const { io, stderr } = fakeIo('', { 'visits.csv': visitsCsv });
    expect(await runEvaluate(['visits.csv', '--colour', 'blue'], io)).toBe(64);
    expect(stderr()).toMatch(/^evaluate: unknown option --colour\nusage:/);
  });

  it('prints usage and exits 64 when claim options come with a JSON claim', async () => {
    const { io, stderr } = fakeIo('{}');
    expect(await runEvaluate(['-', '--payer', 'medicare'], io)).toBe(64);
    expect(stderr()).toMatch(/go with a CSV of visits/);
  });

  it('reports a missing CSV file and exits 66', async () => {
    const { io, stderr } = fakeIo('');
    expect(await runEvaluate(['nope.csv', ...context], io)).toBe(66);
    expect(stderr()).toMatch(/cannot read nope\.csv/);
  });
});

describe('parseEvaluateArguments', () => {
  it.each([
    [
      'a JSON file',
      ['claim.json'],
      { kind: 'run', file: 'claim.json', format: 'json', context: {} },
    ],
    ['standard input', ['-'], { kind: 'run', file: '-', format: 'json', context: {} }],
    [
      'a CSV file with options',
      ['v.CSV', '--payer', 'bcbsil', '--bill-type=0329'],
      { kind: 'run', file: 'v.CSV', format: 'csv', context: { payer: 'bcbsil', billType: '0329' } },
    ],
    [
      'a TSV file',
      ['v.tsv'],
      { kind: 'run', file: 'v.tsv', format: 'csv', delimiter: '\t', context: {} },
    ],
    ['help', ['--help'], { kind: 'help' }],
    ['no file', [], { kind: 'usage', problem: 'no FILE given' }],
    ['two files', ['a.json', 'b.json'], { kind: 'usage', problem: 'give one FILE' }],
    [
      'a flag with no value',
      ['v.csv', '--payer'],
      { kind: 'usage', problem: '--payer needs a value' },
    ],
    [
      'claim codes, each flag repeatable',
      [
        'v.csv',
        '--occurrence-code',
        '50:2026-01-05',
        '--occurrence-code=55',
        '--occurrence-span',
        '74:2026-01-12:2026-01-14',
        '--value-code',
        '61:16974.00',
        '--value-code=85:17031',
        '--condition-code',
        '47',
      ],
      {
        kind: 'run',
        file: 'v.csv',
        format: 'csv',
        context: {
          occurrenceCodes: [{ code: '50', date: '2026-01-05' }, { code: '55' }],
          occurrenceSpanCodes: [{ code: '74', from: '2026-01-12', through: '2026-01-14' }],
          valueCodes: [
            { code: '61', value: '16974.00' },
            { code: '85', value: '17031' },
          ],
          conditionCodes: ['47'],
        },
      },
    ],
    [
      'a span with one date',
      ['v.csv', '--occurrence-span', '74:2026-01-12'],
      {
        kind: 'usage',
        problem: '--occurrence-span needs CODE:FROM:THROUGH, such as 74:2026-01-12:2026-01-14',
      },
    ],
    [
      'a value code with no amount',
      ['v.csv', '--value-code', '61'],
      { kind: 'usage', problem: '--value-code needs CODE:AMOUNT, such as 61:16974.00' },
    ],
    [
      'an unknown format',
      ['v.csv', '--format', 'xml'],
      { kind: 'usage', problem: '--format is csv or json, not xml' },
    ],
  ])('reads %s', (_, args, expected) => {
    expect(parseEvaluateArguments(args)).toEqual(expected);
  });
});

describe('npm run evaluate with a CSV file', () => {
  const run = promisify(execFile);
  const root = new URL('../..', import.meta.url).pathname;

  it('reads the example CSV and prints the JSON result on standard output', async () => {
    const { stdout } = await run(
      'npm',
      [
        'run',
        '--silent',
        'evaluate',
        '--',
        'examples/medicare-sn-pt-visits.csv',
        '--payer',
        'medicare',
        '--bill-type',
        '0329',
        '--from',
        '2026-01-05',
        '--through',
        '2026-02-03',
        '--hipps',
        '1FC21',
      ],
      { cwd: root },
    );
    const result = JSON.parse(stdout) as ClaimResult;
    expect(result.lines.map((line) => line.id)).toEqual(['V1', 'V2', 'V3', 'V4', 'V5']);
    expect(result.claimLines[0]?.revenueCode).toBe('0023');
  }, 30_000);
});
