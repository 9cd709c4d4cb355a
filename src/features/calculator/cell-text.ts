// The text a grid cell shows, copies and is named by: an edited cell's value in words, or the
// engine's answer for the visit.
import { describeCounts, type GridRow } from './grid-rows.ts';
import { wordsFor } from './options.ts';
import { displayValue, type GridColumn, type ResultColumn } from './visit-grid-columns.ts';

export function resultText(column: ResultColumn, row: GridRow): string {
  const result = row.result;
  switch (column.id) {
    case 'result-hcpcs':
      return result?.hcpcs
        ? result.suggestedHcpcs && result.suggestedHcpcs !== result.hcpcs
          ? `${result.hcpcs} (suggested ${result.suggestedHcpcs})`
          : result.hcpcs
        : 'none';
    case 'result-revenue':
      return result?.revenueCode ?? '—';
    case 'result-units':
      return String(result?.units ?? 0);
    case 'result-basis':
      return result?.unitBasis ? wordsFor(result.unitBasis) : '—';
    case 'result-findings':
      return result ? describeCounts(result.errors, result.warnings, result.infos) : 'no findings';
  }
}

/** The text a cell shows and copies: an edited cell's value in words, or the engine's answer. */
export function cellText(column: GridColumn, row: GridRow): string {
  if (column.kind === 'visit') return `Visit ${row.index + 1}`;
  if (column.kind === 'edit') return displayValue(column, row.visit[column.field]);
  if (column.kind === 'result') return resultText(column, row);
  return '';
}
