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
  const stamp = index.findingStamps.get(rule);
  // One literal with every key, so all findings share one object shape (undefined keys are
  // left out of JSON).
  return {
    rule,
    severity: stamp?.severity ?? 'error',
    lineId: details.lineId,
    field: details.field,
    message,
    source: stamp?.source ?? 'Visit-to-Claim',
    sourceIds: stamp?.sourceIds ?? [],
  };
}
