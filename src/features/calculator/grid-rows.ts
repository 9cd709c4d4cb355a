// One grid row: a visit as typed beside the engine's answer for it. Row objects are reused while
// neither changes, so a keystroke re-renders only the row it changed (memoized rows compare by
// identity), which keeps a 300-visit claim within a frame.
import type { Finding, UnitBasis, VisitLineResult } from '../../engine/index.ts';
import type { DraftVisit } from '../../state/draft-claim.ts';

export interface RowResult {
  hcpcs: string | null;
  suggestedHcpcs: string | null;
  revenueCode: string | null;
  units: number;
  unitBasis: UnitBasis | null;
  errors: number;
  warnings: number;
  infos: number;
  /** The message for each visit field whose value could not be read, keyed by field. */
  cellErrors: Record<string, string>;
}

export interface GridRow {
  visit: DraftVisit;
  /** Position in the claim; "visit 1" is index 0. */
  index: number;
  result: RowResult | null;
  /** A stable text form of `index` and `result`, to decide whether the row changed. */
  signature: string;
}

const cache = new WeakMap<DraftVisit, GridRow>();

/** The visit field a finding points at ("minutes"; "activities" for an activity's), else null. */
function visitFieldOf(finding: Finding): string | null {
  return finding.target?.list === 'visits' && finding.target.field !== ''
    ? finding.target.field
    : null;
}

function summarize(line: VisitLineResult | undefined): RowResult | null {
  if (!line) return null;
  const counts = { error: 0, warning: 0, info: 0 };
  const cellErrors: Record<string, string> = {};
  for (const finding of line.findings) {
    counts[finding.severity] += 1;
    const field = finding.rule === 'invalid-input' ? visitFieldOf(finding) : null;
    if (field && cellErrors[field] === undefined) cellErrors[field] = finding.message;
  }
  return {
    hcpcs: line.hcpcs,
    suggestedHcpcs: line.suggestedHcpcs,
    revenueCode: line.revenueCode,
    units: line.units,
    unitBasis: line.unitBasis,
    errors: counts.error,
    warnings: counts.warning,
    infos: counts.info,
    cellErrors,
  };
}

export function buildGridRows(visits: DraftVisit[], lines: VisitLineResult[]): GridRow[] {
  const byId = new Map<string, VisitLineResult>();
  for (const line of lines) if (!byId.has(line.id)) byId.set(line.id, line);
  return visits.map((visit, index) => {
    const result = summarize(byId.get(visit.id));
    const signature = `${index}|${JSON.stringify(result)}`;
    const cached = cache.get(visit);
    if (cached && cached.signature === signature) return cached;
    const row: GridRow = { visit, index, result, signature };
    cache.set(visit, row);
    return row;
  });
}

export function cellId(index: number, field: string): string {
  return `visit-${index}-${field}`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function describeCounts(errors: number, warnings: number, infos: number): string {
  const parts = [
    errors ? plural(errors, 'error') : '',
    warnings ? plural(warnings, 'warning') : '',
    infos ? plural(infos, 'note') : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no findings';
}
