// `npm run --silent evaluate -- FILE` (FILE "-" reads standard input): prints the engine's
// result for one claim, or an array of results for an array of claims, as JSON. A .csv or .tsv
// FILE (or --format csv) holds visits, one a row; flags such as --payer give the claim's context.
// Exit codes: 0 answered (findings are in the JSON), 2 unreadable JSON or CSV, 66 file not found,
// 64 usage.
import { readFile } from 'node:fs/promises';
import { codeTables } from '../data/index.ts';
import { evaluateClaim } from '../engine/index.ts';
import { CLAIM_FILE_FORMAT } from '../features/exchange/claim-file.ts';
import { readVisitsCsv } from '../features/exchange/visits-csv.ts';
import { parseEvaluateArguments } from './arguments.ts';

export interface CliIo {
  readStdin: () => Promise<string>;
  readFile: (path: string) => Promise<string>;
  write: (text: string) => void;
  writeError: (text: string) => void;
}

export const usage = [
  'usage: npm run --silent evaluate -- FILE   (FILE is a JSON claim or array of claims; - reads standard input)',
  '       npm run --silent evaluate -- VISITS.csv [--format csv] [--payer medicare|bcbsil] [--bill-type 0329]',
  '         [--from YYYY-MM-DD] [--through YYYY-MM-DD] [--hipps CODE] [--admission-date YYYY-MM-DD]',
  '         [--noa-accepted-date YYYY-MM-DD] [--patient-status NN] [--condition-code CC]…',
  '         [--occurrence-code CODE:YYYY-MM-DD]… [--occurrence-span CODE:FROM:THROUGH]…',
  '         [--value-code CODE:AMOUNT]…   (… may repeat)',
  '       (a .csv or .tsv FILE, or --format csv with - for standard input, holds one visit a row;',
  '        the header names the visit fields: id, date, discipline, credential, minutes, …)',
].join('\n');

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: CliIo = {
  readStdin: () => readAll(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  write: (text) => process.stdout.write(text),
  writeError: (text) => process.stderr.write(text),
};

/** The app's claim file ({format: "visit-to-claim/claim", claim, ...}) holds its claim. */
function unwrapClaimFile(value: unknown): unknown {
  return typeof value === 'object' &&
    value !== null &&
    (value as { format?: unknown }).format === CLAIM_FILE_FORMAT &&
    'claim' in value
    ? value.claim
    : value;
}

/**
 * Evaluates parsed JSON: an array of claims gives an array of results, in order. A claim file
 * downloaded from the app counts as its claim.
 */
export function evaluateJson(value: unknown): unknown {
  return Array.isArray(value)
    ? value.map((claim) => evaluateClaim(unwrapClaimFile(claim), codeTables))
    : evaluateClaim(unwrapClaimFile(value), codeTables);
}

export async function runEvaluate(args: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsedArgs = parseEvaluateArguments(args);
  if (parsedArgs.kind !== 'run') {
    if (parsedArgs.kind === 'usage' && args.length > 0)
      io.writeError(`evaluate: ${parsedArgs.problem}\n`);
    io.writeError(`${usage}\n`);
    return parsedArgs.kind === 'help' ? 0 : 64;
  }
  const { file } = parsedArgs;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    io.writeError(
      `evaluate: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 66;
  }
  if (parsedArgs.format === 'csv') {
    const read = readVisitsCsv(text, { delimiter: parsedArgs.delimiter });
    if (!read.ok) {
      const name = file === '-' ? 'standard input' : file;
      io.writeError(read.problems.map((problem) => `evaluate: ${name} ${problem}\n`).join(''));
      return 2;
    }
    io.write(
      `${JSON.stringify(evaluateJson({ ...parsedArgs.context, visits: read.visits }), null, 2)}\n`,
    );
    return 0;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.writeError(
      `evaluate: ${file === '-' ? 'standard input' : file} is not valid JSON (${reason.replace(/\s+/g, ' ')})\n`,
    );
    return 2;
  }
  io.write(`${JSON.stringify(evaluateJson(parsed), null, 2)}\n`);
  return 0;
}

export function main(args: readonly string[]): Promise<number> {
  return runEvaluate(args);
}
