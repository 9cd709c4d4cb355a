import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';

describe('docs/claim-format.md', () => {
  it('lists every finding id of the catalogue', async () => {
    const doc = await readFile('docs/claim-format.md', 'utf8');
    const missing = codeTables.findings
      .filter((row) => !doc.includes(`\`${row.id}\``))
      .map((row) => row.id);
    expect(missing).toEqual([]);
  });

  it('gives every claim rule setting its value in claim-rules.json', async () => {
    const doc = await readFile('docs/claim-format.md', 'utf8');
    const stated = new Map(
      [...doc.matchAll(/^\| `(\w+)` +\| (\S+) +\|/gm)].map((match) => [match[1], match[2]]),
    );
    const settings = Object.entries(codeTables.claimRules).map(([key, row]) => [
      key,
      String(row.value),
    ]);
    expect(settings.filter(([key, value]) => stated.get(key!) !== value)).toEqual([]);
  });
});
