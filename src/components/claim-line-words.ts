// Words for claim lines and their codes, read from the code tables: the description a UB-04
// line carries, its kind, payer names and source citations. The one home of these words for the
// calculator, the print view and the exported files. Pure apart from the tables it is given.
import type { CodeTables } from '../data/schema.ts';
import type { ClaimLine } from '../engine/index.ts';

export const claimLineKindLabels: Record<ClaimLine['kind'], string> = {
  hipps: 'HIPPS',
  visit: 'Visit',
  location: 'Location',
  item: 'Item',
};

export interface ClaimWords {
  revenue: (code: string) => string;
  hcpcs: (code: string) => string;
  payer: (id: string) => string;
  billType: (code: string) => string;
  sources: (ids: readonly string[]) => string;
  /** The line's description: the revenue code's, or the location code's for a location line. */
  claimLine: (line: ClaimLine) => string;
}

export function claimWords(tables: CodeTables): ClaimWords {
  const revenue = new Map(tables.revenueCodes.map((row) => [row.code, row.description]));
  const hcpcs = new Map(tables.hcpcs.map((row) => [row.code, row.description]));
  const payers = new Map<string, string>(tables.payerProfiles.map((row) => [row.id, row.name]));
  const billTypes = new Map(tables.billTypes.map((row) => [row.code, row.description]));
  const sources = new Map(tables.sources.map((row) => [row.id, row.title]));
  return {
    revenue: (code) => revenue.get(code) ?? '',
    hcpcs: (code) => hcpcs.get(code) ?? '',
    payer: (id) => payers.get(id) ?? id,
    billType: (code) => billTypes.get(code) ?? '',
    sources: (ids) => ids.map((id) => sources.get(id) ?? id).join('; '),
    claimLine: (line) =>
      (line.kind === 'location' && line.hcpcs ? hcpcs.get(line.hcpcs) : undefined) ??
      revenue.get(line.revenueCode) ??
      '',
  };
}
