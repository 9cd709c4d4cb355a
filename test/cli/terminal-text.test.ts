// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { forTerminal, jsonForTerminal } from '../../src/cli/terminal-text.ts';

describe('forTerminal', () => {
  it.each([
    ['an escape sequence', '\u001b[31mred', '\\x1b[31mred'],
    ['a newline that would forge a second message', 'a\nevaluate: ok', 'a\\x0aevaluate: ok'],
    ['a tab and a carriage return', 'a\tb\rc', 'a\\x09b\\x0dc'],
    ['a bell and a NUL', '\u0007\u0000', '\\x07\\x00'],
    ['DEL', 'a\u007fb', 'a\\x7fb'],
    ['a C1 control sequence introducer', '\u009b2J', '\\x9b2J'],
    ['a right-to-left override', 'G0299\u202e', 'G0299\\u202e'],
    ['a bidirectional isolate', '\u2066x\u2069', '\\u2066x\\u2069'],
    ['a line separator', 'a\u2028b', 'a\\u2028b'],
  ])('escapes %s', (_name, text, shown) => {
    expect(forTerminal(text)).toBe(shown);
  });

  it.each([
    ['plain text', 'claims.json is not valid JSON'],
    ['accented letters', 'Ménard, Zoë'],
    ['an emoji joined with a zero-width joiner', '👩‍⚕️'],
  ])('leaves %s as it is', (_name, text) => {
    expect(forTerminal(text)).toBe(text);
  });
});

describe('jsonForTerminal', () => {
  it('escapes DEL, C1 and bidirectional controls in JSON text so it parses to the same value', () => {
    const value = { id: 'V1\u007f\u009b\u202e\u2066', note: 'Zoë' };
    const text = jsonForTerminal(JSON.stringify(value));
    expect(text).toBe('{"id":"V1\\u007f\\u009b\\u202e\\u2066","note":"Zoë"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});
