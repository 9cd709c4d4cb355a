// `npm run --silent evaluate -- FILE` (FILE "-" reads standard input): prints the engine's
// result for one claim, or an array of results for an array of claims, as JSON. A .csv or .tsv
// FILE (or --format csv) holds visits, one a row; flags such as --payer give the claim's context.
// The result is written a piece at a time, claim by claim, so any input that fits in memory is
// answered. Every failure ends in one line on standard error and an exit code of exit-codes.ts.
import { codeTables } from '../data/index.ts';
import { evaluateClaim } from '../engine/index.ts';
import {
  CLAIM_FILE_FORMAT,
  CLAIM_FILE_VERSION,
  claimOfVersion,
  isReadableClaimFileVersion,
} from '../claim-format/claim-file.ts';
import { readVisitsCsv } from '../claim-format/visits-csv.ts';
import { parseEvaluateArguments } from './arguments.ts';
import { withReadingFindings } from './csv-read-findings.ts';
import { describeWriteFailure, processIo, type CliIo } from './cli-io.ts';
import { exitCodes, type ExitCode } from './exit-codes.ts';
import { readInputText } from './input-text.ts';
import { jsonChunks } from './json-chunks.ts';
import { forTerminal, jsonForTerminal } from './terminal-text.ts';

const usage = [
  'usage: npm run --silent evaluate -- FILE   (FILE is a JSON claim or array of claims; - reads standard input)',
  '       npm run --silent evaluate -- VISITS.csv [--format csv] [--payer medicare|bcbsil] [--bill-type 0329]',
  '         [--from YYYY-MM-DD] [--through YYYY-MM-DD] [--hipps CODE] [--admission-date YYYY-MM-DD]',
  '         [--noa-accepted-date YYYY-MM-DD] [--patient-status NN] [--remarks TEXT] [--condition-code CC]…',
  '         [--occurrence-code CODE:YYYY-MM-DD]… [--occurrence-span CODE:FROM:THROUGH]…',
  '         [--value-code CODE:AMOUNT]…   (… may repeat)',
  '       (a .csv or .tsv FILE, or --format csv with - for standard input, holds one visit a row;',
  '        the header names the visit fields: id, date, discipline, credential, minutes, …)',
  'exit codes: 0 answered, 2 unreadable input, 64 usage, 66 cannot read FILE, 70 internal error,',
  '            74 cannot write the result (closed pipe, full disk)',
].join('\n');

/** The result is handed to standard output in pieces of about this many characters. */
const WRITE_PIECE = 1 << 16;

/** Output that could not be written, as distinct from a failure in the command itself. */
class WriteFailure extends Error {
  constructor(reason: unknown) {
    super(describeWriteFailure(reason));
  }
}

/** One message line on standard error, its control characters escaped. */
function say(io: CliIo, message: string): void {
  io.writeError(`${forTerminal(`evaluate: ${message}`)}\n`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The app's claim file ({format: "visit-to-claim/claim", claim, ...}) holds its claim. */
function unwrapClaimFile(value: unknown): unknown {
  if (!isRecord(value) || value.format !== CLAIM_FILE_FORMAT || !('claim' in value)) return value;
  // An older file's claim is read in this version's meaning (travel beside the minutes).
  return isRecord(value.claim) && isReadableClaimFileVersion(value.version)
    ? claimOfVersion(value.claim, value.version)
    : value.claim;
}

/**
 * Why a claim file cannot be read: a version this command does not know (a newer app wrote it),
 * refused as the app refuses it rather than guessed at.
 */
function claimFileVersionProblem(value: unknown): string | null {
  if (!isRecord(value) || value.format !== CLAIM_FILE_FORMAT) return null;
  if (isReadableClaimFileVersion(value.version)) return null;
  return typeof value.version === 'number'
    ? `is a claim file of version ${value.version}; this command reads versions up to ${CLAIM_FILE_VERSION} (a newer Visit-to-Claim wrote it)`
    : `is a claim file with no version number; this command reads versions up to ${CLAIM_FILE_VERSION}`;
}

/** The first claim of the input that cannot be read, named by its place in a list. */
function unreadableClaim(value: unknown): string | null {
  if (!Array.isArray(value)) return claimFileVersionProblem(value);
  for (let i = 0; i < value.length; i++) {
    const problem = claimFileVersionProblem(value[i]);
    if (problem !== null) return `(claim ${i + 1} of ${value.length}) ${problem}`;
  }
  return null;
}

/**
 * The pieces of the result's JSON. A list of claims is evaluated one claim at a time as its
 * pieces are taken, so only one claim's result is held at once.
 */
function* resultChunks(value: unknown): Generator<string> {
  if (!Array.isArray(value)) {
    yield* jsonChunks(evaluateClaim(unwrapClaimFile(value), codeTables));
    return;
  }
  if (value.length === 0) {
    yield '[]';
    return;
  }
  for (let i = 0; i < value.length; i++) {
    yield i === 0 ? '[\n  ' : ',\n  ';
    yield* jsonChunks(evaluateClaim(unwrapClaimFile(value[i]), codeTables), '  ');
  }
  yield '\n]';
}

async function writePiece(io: CliIo, text: string): Promise<void> {
  try {
    await io.write(jsonForTerminal(text));
  } catch (error) {
    throw new WriteFailure(error);
  }
}

/** Writes the pieces in batches, waiting for each: memory holds one batch, not the whole text. */
async function writeJson(io: CliIo, chunks: Iterable<string>): Promise<void> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= WRITE_PIECE) {
      await writePiece(io, pending);
      pending = '';
    }
  }
  await writePiece(io, `${pending}\n`);
}

async function evaluateInput(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsedArgs = parseEvaluateArguments(args);
  if (parsedArgs.kind !== 'run') {
    if (parsedArgs.kind === 'usage' && args.length > 0) say(io, parsedArgs.problem);
    io.writeError(`${usage}\n`);
    return parsedArgs.kind === 'help' ? exitCodes.answered : exitCodes.usage;
  }
  const { file } = parsedArgs;
  const name = file === '-' ? 'standard input' : file;
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (error) {
    say(io, `cannot read ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.noInput;
  }
  const input = readInputText(bytes, parsedArgs.format);
  if (!input.ok) {
    say(io, `${name} ${input.problem}`);
    return exitCodes.unreadableInput;
  }
  if (parsedArgs.format === 'csv') {
    const { context } = parsedArgs;
    const read = readVisitsCsv(input.text, codeTables, {
      ...(parsedArgs.delimiter === undefined ? {} : { delimiter: parsedArgs.delimiter }),
      period: { from: context.from, through: context.through },
    });
    if (!read.ok) {
      for (const problem of read.problems) say(io, `${name} ${problem}`);
      return exitCodes.unreadableInput;
    }
    // What the reader decided goes to standard error, beside the result, never into it.
    if (read.ignored.length > 0) say(io, `${name} ignored: ${read.ignored.join(', ')}`);
    for (const note of read.notes) say(io, `${name} ${note}`);
    const result = evaluateClaim({ ...context, visits: read.visits }, codeTables);
    await writeJson(io, jsonChunks(withReadingFindings(result, read.problems, codeTables)));
    return exitCodes.answered;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    say(io, `${name} is not valid JSON (${reason.replace(/\s+/g, ' ')})`);
    return exitCodes.unreadableInput;
  }
  const problem = unreadableClaim(parsed);
  if (problem !== null) {
    say(io, `${name} ${problem}`);
    return exitCodes.unreadableInput;
  }
  await writeJson(io, resultChunks(parsed));
  return exitCodes.answered;
}

/** The command: whatever goes wrong, one line on standard error and a documented exit code. */
export async function runEvaluate(args: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await evaluateInput(args, io);
  } catch (error) {
    if (error instanceof WriteFailure) {
      say(io, `cannot write the result: ${error.message}`);
      return exitCodes.outputFailed;
    }
    say(
      io,
      `internal error, please report it: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
    return exitCodes.internalError;
  }
}

export function main(args: readonly string[]): Promise<number> {
  return runEvaluate(args, processIo());
}
