// Builds findings from the catalogue, so severity and source always come from one place.
import type { CodeIndex } from './code-index.ts';
import type { Finding } from './types.ts';

export interface FindingDetails {
  lineId?: string | undefined;
  field?: string | undefined;
}

export function makeFinding(
  index: CodeIndex,
  rule: string,
  message: string,
  details: FindingDetails = {},
): Finding {
  const row = index.findings.get(rule);
  const finding: Finding = {
    rule,
    severity: row?.severity ?? 'error',
    message,
    source: index.citationByFinding.get(rule) ?? 'Visit-to-Claim',
    sourceIds: row?.source ?? [],
  };
  if (details.lineId !== undefined) finding.lineId = details.lineId;
  if (details.field !== undefined) finding.field = details.field;
  return finding;
}
