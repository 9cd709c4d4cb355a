// Claim files of earlier versions read in this version's meaning. Version 1 counted travel
// inside a visit's minutes; from version 2 travel is recorded beside them, so a version 1 file's
// visits lose their travel from their minutes once, on reading, and bill the same units as before.
import { describe, expect, it } from 'vitest';
import {
  CLAIM_FILE_VERSION,
  claimFileText,
  readClaimFileValue,
} from '../../src/claim-format/claim-file.ts';
import { claimFileMigrations } from '../../src/claim-format/claim-file-migrations.ts';
import { evaluate, makeClaim, makeVisit } from '../builders.ts';

function versionOne(visits: Record<string, unknown>[]) {
  return {
    format: 'visit-to-claim/claim',
    version: 1,
    name: 'Old',
    claim: { ...makeClaim(), visits },
  };
}

function visitsRead(file: unknown): unknown[] {
  const read = readClaimFileValue(file);
  if (!read.ok) throw new Error(read.problems.join('; '));
  return read.claim.visits as unknown[];
}

/** The migrations this file tests, by the version each upgrades from. */
const testedMigrations = [1];

describe('claim file migrations', () => {
  it('tests every migration there is', () => {
    expect(Object.keys(claimFileMigrations).map(Number)).toEqual(testedMigrations);
    expect(CLAIM_FILE_VERSION).toBe(Math.max(...testedMigrations) + 1);
  });
});

describe('version 1 → 2: travel leaves the minutes', () => {
  it.each([
    ['minutes with travel inside', { minutes: 55, travelMinutes: 25 }, { minutes: 30 }],
    ['minutes typed as text', { minutes: '55', travelMinutes: '25' }, { minutes: 30 }],
    ['more travel than minutes', { minutes: 20, travelMinutes: 30 }, { minutes: 0 }],
    ['no travel', { minutes: 45 }, { minutes: 45 }],
    ['zero travel', { minutes: 45, travelMinutes: 0 }, { minutes: 45 }],
    [
      'start and end only',
      { minutes: undefined, start: '09:00', end: '09:55', travelMinutes: 25 },
      { minutes: 30, start: '09:00', end: '09:55' },
    ],
    [
      'start and end across midnight',
      { minutes: undefined, start: '23:30', end: '00:40', travelMinutes: 20 },
      { minutes: 50 },
    ],
    [
      'minutes that cannot be read, kept',
      { minutes: 'forty', travelMinutes: 10 },
      { minutes: 'forty' },
    ],
    ['travel that cannot be read', { minutes: 45, travelMinutes: 'ten' }, { minutes: 45 }],
  ])('reads %s', (_name, visit, expected) => {
    const [read] = visitsRead(versionOne([{ ...makeVisit(), ...visit }]));
    expect(read).toMatchObject(expected);
  });

  it('bills a version 1 visit the same units as version 1 did', () => {
    // Version 1: 55 minutes with 25 of travel inside them counted 30 minutes, 2 units.
    const claim = {
      ...makeClaim(),
      visits: visitsRead(
        versionOne([{ ...makeVisit(), minutes: 55, travelMinutes: 25, charge: 150 }]),
      ),
    };
    const [line] = evaluate(claim).lines;
    expect([line?.minutes, line?.units, line?.basis.travelMinutesExcluded]).toEqual([30, 2, 25]);
    expect(evaluate(claim).findings.map((finding) => finding.rule)).not.toContain(
      'time-entries-conflict',
    );
  });

  it('leaves a version 2 file as written', () => {
    const visit = { ...makeVisit(), minutes: 30, travelMinutes: 25 };
    const text = claimFileText('New', { ...makeClaim(), visits: [visit] });
    expect(JSON.parse(text)).toMatchObject({ version: 2 });
    expect(visitsRead(JSON.parse(text))).toEqual([visit]);
  });
});
