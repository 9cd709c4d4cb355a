// The command line's input and output: the process's files and streams, or (in tests) memory.
// Output is written a piece at a time and each piece is waited for, so a huge result never sits
// in memory as text, and a closed pipe or a full disk is reported where it happens.
import { readFile } from 'node:fs/promises';

export interface CliIo {
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Promise<Uint8Array>;
  /** Writes part of the result; rejects with the stream's error (EPIPE, ENOSPC) when it cannot. */
  write: (text: string) => Promise<void>;
  writeError: (text: string) => void;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Resolves once the stream has taken the text, rejects with its error. A stream that failed
 * once (the reader of a pipe went away) fails every later write the same way; the listener
 * keeps Node from turning the stream's error event into a crash with a stack trace.
 */
function writerTo(stream: NodeJS.WritableStream): (text: string) => Promise<void> {
  let failure: Error | undefined;
  stream.on('error', (error: Error) => {
    failure ??= error;
  });
  return (text) =>
    new Promise((resolve, reject) => {
      if (failure) reject(failure);
      else stream.write(text, (error) => (error ? reject(error) : resolve()));
    });
}

/** The process's standard streams and files. */
export function processIo(): CliIo {
  // A closed standard error cannot be told about; it must not crash the command either.
  process.stderr.on('error', () => {});
  return {
    readStdin: () => readAll(process.stdin),
    readFile: (path) => readFile(path),
    write: writerTo(process.stdout),
    writeError: (text) => process.stderr.write(text),
  };
}

/** Why output could not be written, for a one-line message. */
export function describeWriteFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED')
    return 'standard output was closed before the whole result was written (EPIPE)';
  if (code === 'ENOSPC') return 'no space is left on the device (ENOSPC)';
  return error instanceof Error ? error.message : String(error);
}
