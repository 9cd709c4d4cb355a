// @vitest-environment node
// What the command line reads, and what it refuses with a message: byte order marks, other
// encodings, files that are not text, claim files of a version it does not know, and control
// characters from a file, which every message shows escaped.
import { describe, expect, it } from 'vitest';
import { runEvaluate } from '../../src/cli/evaluate.ts';
import { forTerminal } from '../../src/cli/terminal-text.ts';
import type { ClaimResult } from '../../src/engine/index.ts';
import { makeClaim } from '../builders.ts';
import { fakeIo } from './fake-io.ts';

const claimJson = JSON.stringify(makeClaim());
const visitsCsv = 'id,date,discipline,credential,minutes\nV1,2026-03-10,SN,RN,45\n';
const csvContext = ['--payer', 'medicare', '--from', '2026-03-09', '--through', '2026-04-07'];

const utf8Bom = Buffer.from([0xef, 0xbb, 0xbf]);
function utf16le(text: string, bom: boolean): Buffer {
  return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, 'utf16le')]);
}
function utf16be(text: string, bom: boolean): Buffer {
  return Buffer.from(utf16le(text, bom)).swap16();
}
function utf32le(text: string): Buffer {
  const bytes = Buffer.alloc(4 * (text.length + 1));
  bytes.writeUInt32LE(0xfeff, 0);
  [...text].forEach((char, i) => bytes.writeUInt32LE(char.codePointAt(0)!, 4 * (i + 1)));
  return bytes;
}
/** The first bytes of an .xlsx workbook: a zip file's local header. */
const workbook = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0, 0]);

describe('evaluate reads', () => {
  it.each<[string, string, string | Uint8Array, string[]]>([
    [
      'a JSON claim with a UTF-8 byte order mark',
      'claim.json',
      Buffer.concat([utf8Bom, Buffer.from(claimJson)]),
      [],
    ],
    [
      'a CSV with a UTF-8 byte order mark (Excel’s "CSV UTF-8")',
      'visits.csv',
      Buffer.concat([utf8Bom, Buffer.from(visitsCsv)]),
      csvContext,
    ],
    [
      'a JSON claim with a UTF-8 byte order mark from standard input',
      '-',
      Buffer.concat([utf8Bom, Buffer.from(claimJson)]),
      [],
    ],
    [
      'a claim file of version 1',
      'claim.json',
      JSON.stringify({
        format: 'visit-to-claim/claim',
        version: 1,
        name: 'March',
        claim: makeClaim(),
      }),
      [],
    ],
  ])('%s', async (_name, file, content, args) => {
    const { io, stdout, stderr } = fakeIo(content, { [file]: content });
    expect(await runEvaluate([file, ...args], io)).toBe(0);
    expect(stderr()).toBe('');
    const result = JSON.parse(stdout()) as ClaimResult;
    expect(result.lines[0]?.hcpcs).toBe('G0299');
  });
});

describe('evaluate refuses with exit code 2 and a message naming the input', () => {
  it.each<[string, string, string | Uint8Array, string[], RegExp]>([
    [
      'a UTF-16 JSON file with its byte order mark',
      'claim.json',
      utf16le(claimJson, true),
      [],
      /^evaluate: claim\.json is UTF-16 \(little-endian\) text; this command reads UTF-8, so save it as UTF-8$/,
    ],
    [
      'a UTF-16 JSON file without one',
      'claim.json',
      utf16le(claimJson, false),
      [],
      /^evaluate: claim\.json is UTF-16 \(little-endian\) text/,
    ],
    [
      'a big-endian UTF-16 file with its byte order mark',
      'claim.json',
      utf16be(claimJson, true),
      [],
      /^evaluate: claim\.json is UTF-16 \(big-endian\) text/,
    ],
    [
      'a big-endian UTF-16 file without one',
      'claim.json',
      utf16be(claimJson, false),
      [],
      /^evaluate: claim\.json is UTF-16 \(big-endian\) text/,
    ],
    [
      'a UTF-16 CSV (Excel’s "Unicode Text")',
      'visits.csv',
      utf16le(visitsCsv.replaceAll(',', '\t'), true),
      csvContext,
      /^evaluate: visits\.csv is UTF-16 \(little-endian\) text; .*"CSV UTF-8"/,
    ],
    [
      'UTF-16 on standard input',
      '-',
      utf16le(claimJson, false),
      [],
      /^evaluate: standard input is UTF-16 \(little-endian\) text/,
    ],
    [
      'a UTF-32 file',
      'claim.json',
      utf32le(claimJson),
      [],
      /^evaluate: claim\.json is UTF-32 \(little-endian\) text/,
    ],
    [
      'a spreadsheet workbook given as the CSV',
      'visits.csv',
      workbook,
      csvContext,
      /^evaluate: visits\.csv is not text \(it holds zero bytes.*save it as CSV \(UTF-8\)/,
    ],
    [
      'a claim file of a newer version',
      'claim.json',
      JSON.stringify({
        format: 'visit-to-claim/claim',
        version: 3,
        name: 'March',
        claim: makeClaim(),
      }),
      [],
      /^evaluate: claim\.json is a claim file of version 3; this command reads versions up to 2 \(a newer Visit-to-Claim wrote it\)$/,
    ],
    [
      'a claim file with no version',
      'claim.json',
      JSON.stringify({ format: 'visit-to-claim/claim', name: 'March', claim: makeClaim() }),
      [],
      /^evaluate: claim\.json is a claim file with no version number; this command reads versions up to 2$/,
    ],
    [
      'a list holding a claim file of a newer version',
      'batch.json',
      JSON.stringify([
        makeClaim(),
        { format: 'visit-to-claim/claim', version: 3, name: 'X', claim: makeClaim() },
      ]),
      [],
      /^evaluate: batch\.json \(claim 2 of 2\) is a claim file of version 3;/,
    ],
  ])('%s', async (_name, file, content, args, message) => {
    const { io, stdout, stderr } = fakeIo(content, { [file]: content });
    expect(await runEvaluate([file, ...args], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr().split('\n')).toEqual([expect.stringMatching(message), '']);
  });
});

describe('control characters from a file are escaped in every message', () => {
  it.each<[string, string[], Record<string, string>, string, string]>([
    [
      'a file name that is not found',
      ['\u001b[2Jclaim\n.json'],
      {},
      'cannot read \\x1b[2Jclaim\\x0a.json',
      '\u001b',
    ],
    [
      'a file name in a JSON error',
      ['bad\u202e.json'],
      { 'bad\u202e.json': '{' },
      'bad\\u202e.json is not valid JSON',
      '\u202e',
    ],
    [
      'the text JSON.parse quotes',
      ['bad.json'],
      { 'bad.json': '{"payer": \u001b]0;owned\u0007}' },
      '\\x1b]0;owned\\x07',
      '\u0007',
    ],
    [
      'a column name in a CSV',
      ['v.csv', ...csvContext],
      { 'v.csv': 'date,Da\u009bte\u2066\n2026-03-10,x\n' },
      '"date" and "Da\\x9bte\\u2066" are all read as Date',
      '\u009b',
    ],
  ])('in %s', async (_name, args, files, shown, raw) => {
    const { io, stderr } = fakeIo('', files);
    expect(await runEvaluate(args, io)).not.toBe(0);
    expect(stderr()).toContain(shown);
    expect(stderr()).not.toContain(raw);
    expect(stderr().trimEnd().split('\n')).toHaveLength(1);
  });

  it('in the JSON result, as \\u escapes that read back as the same text', async () => {
    const id = 'V1\u202e\u009b\u0007';
    const { io, stdout } = fakeIo(
      JSON.stringify(makeClaim({ visits: [{ ...makeClaim().visits[0]!, id }] })),
    );
    expect(await runEvaluate(['-'], io)).toBe(0);
    expect(stdout()).toMatch(/"V1\\u202e\\u009b\\u0007"/);
    const lines = stdout().split('\n');
    expect(lines.map(forTerminal)).toEqual(lines);
    expect((JSON.parse(stdout()) as ClaimResult).lines[0]?.id).toBe(id);
  });
});
