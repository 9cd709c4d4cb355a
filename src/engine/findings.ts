// Builds findings from the catalogue, so severity and source always come from one place.
import type { SourceRow } from '../data/schema.ts';
import { citation, type FindingStamp } from './code-index.ts';
import { targetOfPath, targetPath } from '../claim-format/field-target.ts';
import type { Finding, FindingTarget } from './types.ts';

export interface FindingDetails {
  lineId?: string | undefined;
  /** Where the finding points; the path in `field` is written from it. */
  target?: FindingTarget | undefined;
  /** A path, for checks that still name their field so; its target is read from it once. */
  field?: string | undefined;
}

/** `stamps`: the payer's (PayerIndex.findingStamps), or the index's before the payer is known. */
export function makeFinding(
  stamps: Map<string, FindingStamp>,
  rule: string,
  message: string,
  details: FindingDetails = {},
): Finding {
  const stamp = stamps.get(rule);
  const target =
    details.target ?? (details.field === undefined ? undefined : targetOfPath(details.field));
  // One literal with every key, so all findings share one object shape (undefined keys are
  // left out of JSON).
  return {
    rule,
    severity: stamp?.severity ?? 'error',
    lineId: details.lineId,
    field: target === undefined ? details.field : targetPath(target),
    target,
    message,
    source: stamp?.source ?? 'Visit-to-Claim',
    sourceIds: stamp?.sourceIds ?? [],
  };
}

/**
 * Cuts a finding's citation to the sources that also document the table row it is about
 * (G0154's end date cites the CR that retired it, not every code's CR); unchanged when none do.
 */
export function citeRow(
  finding: Finding,
  rowSourceIds: readonly string[],
  sources: Map<string, SourceRow>,
): void {
  const shared = finding.sourceIds.filter((id) => rowSourceIds.includes(id));
  if (shared.length === 0 || shared.length === finding.sourceIds.length) return;
  finding.sourceIds = shared;
  finding.source = citation(shared, sources);
}
