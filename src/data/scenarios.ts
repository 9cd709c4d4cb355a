// The training scenario library: every src/data/scenarios/*.json, validated against the
// scenario schema once when first imported, each file named by its scenario's id.
import { z } from 'zod';
import { Scenario } from './scenario-schema.ts';

/** Validates glob-imported scenario files ({ './scenarios/<id>.json': json }) and sorts them by title. */
export function readScenarios(files: Record<string, unknown>): Scenario[] {
  const read = Object.entries(files).map(([path, json]) => {
    const parsed = Scenario.safeParse(json);
    if (!parsed.success)
      throw new Error(`Scenario ${path} is not valid:\n${z.prettifyError(parsed.error)}`);
    const fileId = path.replace(/^.*\//, '').replace(/\.json$/, '');
    if (parsed.data.id !== fileId)
      throw new Error(
        `Scenario ${path} has id "${parsed.data.id}"; name the file ${parsed.data.id}.json.`,
      );
    return parsed.data;
  });
  const seen = new Set<string>();
  for (const scenario of read) {
    if (seen.has(scenario.id)) throw new Error(`Scenario id "${scenario.id}" is used twice.`);
    seen.add(scenario.id);
  }
  return read.sort(
    (a, b) => a.title.localeCompare(b.title, 'en') || a.id.localeCompare(b.id, 'en'),
  );
}

export const scenarios: readonly Scenario[] = readScenarios(
  import.meta.glob<unknown>('./scenarios/*.json', { eager: true, import: 'default' }),
);

/** The scenario with this id, if the library has it. */
export function findScenario(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
