import type { CliIo } from '../../src/cli/cli-io.ts';

/** Text is read as its UTF-8 bytes; bytes (a BOM, UTF-16) are read as given. */
function bytesOf(content: string | Uint8Array): Uint8Array {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}

/** The command line's input and output in memory: standard input, named files, and what it printed. */
export function fakeIo(
  stdin: string | Uint8Array,
  files: Record<string, string | Uint8Array> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    readStdin: async () => bytesOf(stdin),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file '${path}'`);
      return bytesOf(content);
    },
    write: async (text) => {
      out.push(text);
    },
    writeError: (text) => err.push(text),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
