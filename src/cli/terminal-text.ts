// Text from a file (its name, values quoted in a message) may hold control characters: an
// escape sequence could recolour or rewrite the coder's terminal, a newline could forge a second
// message, and bidirectional controls could make a value read as something else. Messages show
// them escaped instead.

/**
 * C0 controls (newline and tab included: a message is one line), DEL, C1 controls, the
 * bidirectional marks, embeddings, overrides and isolates, and the Unicode line and paragraph
 * separators.
 */
const UNSAFE_IN_MESSAGES =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/**
 * The same characters minus C0: JSON.stringify already writes C0 controls in strings as
 * escapes, so only these can reach a terminal from the JSON result.
 */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function hex(char: string, digits: number): string {
  return char.charCodeAt(0).toString(16).padStart(digits, '0');
}

/** A message line safe to print: "\x1b" for ESC, "\u202e" for a right-to-left override. */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE_IN_MESSAGES, (char) =>
    char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`,
  );
}

/**
 * JSON text with the characters above written as \u escapes. They can only stand inside JSON
 * strings, so the text still parses to the same value.
 */
export function jsonForTerminal(json: string): string {
  return json.replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}
