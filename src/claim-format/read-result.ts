// What every reader of a typed or imported value returns. A reader never throws: it gives the
// value it read (with a note when it had to decide something the user should know), or a
// problem in plain English. Problems and notes read well on their own and start with the text
// as typed (`"2/30/2026" is not a date: February 2026 has 28 days.`); the caller adds the
// field and row where it shows them ("Date, visit 3: …").

export type Read<T> = { ok: true; value: T; note?: string } | { ok: false; problem: string };

export function readOk<T>(value: T, note?: string): Read<T> {
  return note === undefined ? { ok: true, value } : { ok: true, value, note };
}

export function readProblem<T = never>(problem: string): Read<T> {
  return { ok: false, problem };
}

/** The text as the user typed it, quoted and shortened for a message. */
export function quote(text: string): string {
  const shown = text.trim();
  if (shown === '') return 'An empty value';
  return `"${shown.length > 40 ? `${shown.slice(0, 40)}…` : shown}"`;
}

/** The problem every reader gives for a blank cell; callers usually treat blank as "not given". */
export function blankProblem<T = never>(): Read<T> {
  return readProblem('Nothing is entered.');
}
