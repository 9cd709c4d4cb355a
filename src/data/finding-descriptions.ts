// The findings catalogue in words: each finding's title and what it checks. Kept apart from
// findings.json because only the reference and training views show it, so the calculator's
// first view does not download it. Validated once, when first imported, like the code tables.
import rows from './finding-descriptions.json';
import { FindingDescriptions, type FindingDescriptionRow } from './schema.ts';

/** The raw JSON, as bundled; exported for the data tests. */
export const rawFindingDescriptions = rows;

/** Finding id → its title and what it checks. */
export const findingDescriptions: ReadonlyMap<string, FindingDescriptionRow> = new Map(
  FindingDescriptions.parse(rows).map((row) => [row.id, row]),
);
