import { existsSync } from 'node:fs';
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

describe('docs/architecture.md', () => {
  it('names only files and folders that exist', async () => {
    const doc = await readFile('docs/architecture.md', 'utf8');
    const named = [...doc.matchAll(/`((?:src|test)\/[\w./-]*|[\w./-]+\.(?:ts|tsx|json|js))`/g)].map(
      (match) => match[1]!,
    );
    // A bare name is looked for in the folders the page is about; a partial path under src/.
    const folders = [
      'src/engine',
      'src/engine/checks',
      'src/state',
      'src/claim-format',
      'src/data',
    ];
    const missing = [...new Set(named)].filter((name) => {
      const candidates = [name, `src/${name}`, ...folders.map((folder) => `${folder}/${name}`)];
      return !candidates.some((path) => existsSync(path));
    });
    expect(named.length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });
});
