// Cells of a visits CSV that the claim format's reader could not read become invalid-input
// findings on their visit's field, worded as the reader words them ("150,00" has a decimal
// comma; write 150.00). The engine sees the cell as written and may read it otherwise (it reads
// 150,00 as 15000), so its own invalid-input finding on that field, if any, gives way.
import type { CodeTables } from '../data/schema.ts';
import type { ClaimResult, Finding } from '../engine/index.ts';
import type { CsvReadProblem } from '../claim-format/visits-csv.ts';

const RULE = 'invalid-input';

function readingFinding(problem: CsvReadProblem, result: ClaimResult, tables: CodeTables): Finding {
  const field = `visits[${problem.visit}].${problem.field}`;
  const row = tables.findings.find((finding) => finding.id === RULE);
  const sourceIds = row?.source ?? [];
  return {
    rule: RULE,
    severity: row?.severity ?? 'error',
    lineId: result.lines[problem.visit]?.id,
    field,
    target: { list: 'visits', index: problem.visit, field: problem.field },
    message: problem.message,
    source: sourceIds
      .map((id) => tables.sources.find((source) => source.id === id)?.title ?? id)
      .join('; '),
    sourceIds: [...sourceIds],
  };
}

/** The result with each reading problem as a finding, in place of the engine's on that field. */
export function withReadingFindings(
  result: ClaimResult,
  problems: readonly CsvReadProblem[],
  tables: CodeTables,
): ClaimResult {
  if (problems.length === 0) return result;
  const added = problems.map((problem) => readingFinding(problem, result, tables));
  const replaced = new Set(added.map((finding) => finding.field));
  const kept = (finding: Finding) =>
    finding.rule !== RULE || finding.field === undefined || !replaced.has(finding.field);
  const lines = result.lines.map((line, index) => ({
    ...line,
    findings: [
      ...added.filter((finding) => finding.target?.index === index),
      ...line.findings.filter(kept),
    ],
  }));
  return {
    ...result,
    lines,
    findings: [...result.findings.filter(kept), ...added],
  };
}
