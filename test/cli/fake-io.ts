import type { CliIo } from '../../src/cli/evaluate.ts';

/** The command line's input and output in memory: standard input, named files, and what it printed. */
export function fakeIo(stdin: string, files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => stdin,
    readFile: async (path) => {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return text;
    },
    write: (text) => out.push(text),
    writeError: (text) => err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
