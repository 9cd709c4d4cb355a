// The training library: every scenario is a test. The engine's coding of each visit matches
// what the scenario says a coder should conclude, and the claim as submitted raises the
// findings the scenario names. The library covers both payers, every discipline and credential.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import {
  Scenario,
  scenarioClaim,
  uncodedClaim,
  type Scenario as ScenarioType,
} from '../../src/data/scenario-schema.ts';
import { readScenarios, scenarios } from '../../src/data/scenarios.ts';
import { credentialIds, disciplineIds, payerIds } from '../../src/data/schema.ts';
import { evaluateClaim } from '../../src/engine/index.ts';

const scenarioFolder = 'src/data/scenarios';
const fileIds = readdirSync(scenarioFolder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

const findingIds = new Set(codeTables.findings.map((row) => row.id));

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z0-9])/).filter((part) => part.trim() !== '').length;
}

describe('the scenario library', () => {
  it('has at least 25 scenarios, one per file', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    expect(scenarios.length).toBe(fileIds.length);
  });

  it('names every scenario by its file, with no id used twice', () => {
    const ids = scenarios.map((scenario) => scenario.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(fileIds);
  });

  it('covers both payer profiles', () => {
    expect(new Set(scenarios.map((scenario) => scenario.payer))).toEqual(new Set(payerIds));
  });

  it('covers every discipline', () => {
    const seen = new Set(scenarios.flatMap((s) => s.visits.map((visit) => visit.discipline)));
    expect([...seen].sort()).toEqual([...disciplineIds].sort());
  });

  it('covers every credential', () => {
    const seen = new Set(scenarios.flatMap((s) => s.visits.map((visit) => visit.credential)));
    expect([...seen].sort()).toEqual([...credentialIds].sort());
  });

  it('sorts the scenarios by title', () => {
    const titles = scenarios.map((scenario) => scenario.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('rejects a file whose name is not its id', () => {
    const [first] = scenarios;
    expect(() => readScenarios({ './scenarios/another-name.json': first })).toThrow(
      /name the file/,
    );
  });

  it('rejects a scenario with a misspelt visit field', () => {
    const raw = JSON.parse(readFileSync(`${scenarioFolder}/${fileIds[0]}.json`, 'utf8'));
    raw.visits[0].minuts = 30;
    expect(Scenario.safeParse(raw).success).toBe(false);
  });
});

describe.each(scenarios.map((scenario) => [scenario.id, scenario] as const))(
  'scenario %s',
  (_id, scenario: ScenarioType) => {
    it('tells its story in 2 to 4 sentences and names only catalogued findings', () => {
      expect(sentences(scenario.story)).toBeGreaterThanOrEqual(2);
      expect(sentences(scenario.story)).toBeLessThanOrEqual(4);
      for (const finding of scenario.expected.findings) expect(findingIds).toContain(finding);
    });

    it('codes each visit as a coder should', () => {
      const result = evaluateClaim(uncodedClaim(scenario), codeTables);
      for (const [visitId, expected] of Object.entries(scenario.expected.lines)) {
        const line = result.lines.find((candidate) => candidate.id === visitId);
        expect(line, visitId).toBeDefined();
        const actual = {
          hcpcs: line?.hcpcs ?? null,
          revenueCode: line?.revenueCode ?? null,
          // A line no code fits has nothing to bill.
          units: line?.hcpcs == null ? null : line.units,
          ...(expected.date === undefined ? {} : { date: line?.date }),
        };
        expect(actual, visitId).toEqual(expected);
      }
    });

    it('raises the findings a coder should see on the claim as submitted', () => {
      const result = evaluateClaim(scenarioClaim(scenario), codeTables);
      const rules = new Set(result.findings.map((finding) => finding.rule));
      for (const finding of scenario.expected.findings) expect(rules, finding).toContain(finding);
      for (const expected of scenario.expected.claimLines ?? [])
        expect(result.claimLines).toContainEqual(expect.objectContaining(expected));
    });
  },
);
