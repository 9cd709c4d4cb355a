// The names the app gives drafts. A name the app makes is unique among the drafts ("Draft 2",
// "Jones (2)" for a second file named Jones); a name the coder types is kept as typed.

/** "Draft n", one past the highest "Draft n" in use. */
export function nextDraftName(taken: Iterable<string>): string {
  let highest = 0;
  for (const name of taken) {
    const match = /^Draft (\d+)$/.exec(name);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `Draft ${highest + 1}`;
}

/** `wanted` if no draft has that name yet, else "wanted (2)", "wanted (3)", … */
export function uniqueDraftName(wanted: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  let n = 2;
  while (names.has(`${wanted} (${n})`)) n += 1;
  return `${wanted} (${n})`;
}

/** 14:32, in the browser's time zone: when a version kept from another tab was last edited. */
function clockTime(atMs: number): string {
  const at = new Date(atMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

/** The name of the version kept beside another after both tabs changed one draft. */
export function fromAnotherTabName(name: string, editedAtMs: number): string {
  return `${name.trim() === '' ? 'Untitled draft' : name} (from another tab, ${clockTime(editedAtMs)})`;
}
