// The bytes of an input file (or standard input) as text. JSON and CSV are read as UTF-8; a
// UTF-8 byte order mark, which Windows editors and Excel's "CSV UTF-8" write, is dropped. Text in
// another Unicode encoding, or a file that is not text at all (an .xlsx workbook), is named
// instead of being read as garbled JSON or CSV.

type InputText = { ok: true; text: string } | { ok: false; problem: string };

/** How to save each kind of input as UTF-8, for the message that refuses another encoding. */
const SAVE_AS_UTF8 = {
  json: 'save it as UTF-8',
  csv: 'save it as UTF-8 (in Excel, "CSV UTF-8"; its "Unicode Text" is UTF-16)',
} as const;

/** Byte order marks of the encodings this command refuses, longest first (UTF-32LE starts like UTF-16LE). */
const OTHER_ENCODING_MARKS: { encoding: string; mark: number[] }[] = [
  { encoding: 'UTF-32 (little-endian)', mark: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: 'UTF-32 (big-endian)', mark: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: 'UTF-16 (little-endian)', mark: [0xff, 0xfe] },
  { encoding: 'UTF-16 (big-endian)', mark: [0xfe, 0xff] },
];
const UTF8_MARK = [0xef, 0xbb, 0xbf];
/** Enough of the start of a file to tell UTF-16 from UTF-8 by where its zero bytes fall. */
const SNIFF_BYTES = 4096;

function startsWith(bytes: Uint8Array, mark: readonly number[]): boolean {
  return bytes.length >= mark.length && mark.every((byte, i) => bytes[i] === byte);
}

/**
 * UTF-8 JSON and CSV hold no zero bytes. UTF-16 without a byte order mark writes the ASCII of a
 * claim or CSV header as one zero byte and one letter: zeros at odd offsets (little-endian) or
 * at even ones (big-endian). Zeros anywhere else mean a binary file.
 */
function encodingByZeroBytes(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, SNIFF_BYTES);
  const zeros = [0, 0];
  for (let i = 0; i < length; i++) if (bytes[i] === 0) zeros[i % 2]! += 1;
  const [even = 0, odd = 0] = zeros;
  if (even + odd === 0) return null;
  const half = length / 2;
  if (even === 0 && odd >= half / 4) return 'UTF-16 (little-endian)';
  if (odd === 0 && even >= half / 4) return 'UTF-16 (big-endian)';
  return 'binary';
}

/** The string a too-long text would need is more than V8 can make (about 512 MiB). */
function isStringTooLong(error: unknown): boolean {
  return (
    error instanceof Error &&
    ((error as { code?: unknown }).code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError)
  );
}

/**
 * The input as UTF-8 text without its byte order mark, or why it cannot be read. Each problem
 * follows the input's name: "claims.json is UTF-16 (little-endian) text; …".
 */
export function readInputText(bytes: Uint8Array, format: keyof typeof SAVE_AS_UTF8): InputText {
  const other =
    OTHER_ENCODING_MARKS.find(({ mark }) => startsWith(bytes, mark))?.encoding ??
    encodingByZeroBytes(bytes);
  if (other === 'binary')
    return {
      ok: false,
      problem:
        'is not text (it holds zero bytes, as a spreadsheet workbook or other binary file does); save it as CSV (UTF-8) or JSON',
    };
  if (other !== null)
    return {
      ok: false,
      problem: `is ${other} text; this command reads UTF-8, so ${SAVE_AS_UTF8[format]}`,
    };
  const start = startsWith(bytes, UTF8_MARK) ? UTF8_MARK.length : 0;
  try {
    return {
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString(
        'utf8',
      ),
    };
  } catch (error) {
    if (!isStringTooLong(error)) throw error;
    const mebibytes = Math.round(bytes.byteLength / 2 ** 20);
    return {
      ok: false,
      problem: `is too large to read as one text (${mebibytes} MiB; the limit is about 512 MiB); split its claims or visits into several files`,
    };
  }
}
