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
});
