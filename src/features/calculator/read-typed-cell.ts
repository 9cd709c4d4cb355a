// The one place the grid reads what a coder typed into a cell, when the edit is committed, and
// the short list of choices a code cell offers while typing: by the claim format's forgiving
// readers (cell-readers.ts). They load after the first paint; until they have (a moment after
// the page opens), a cell keeps the text as typed and reads it again as soon as they arrive.
import { useLayoutEffect } from 'react';
import type { ClaimPeriod } from '../../claim-format/read-date.ts';
import type * as CellReadersModule from './cell-readers.ts';
import type { Choice, EditColumn } from './visit-grid-columns.ts';

export type { ClaimPeriod };

type CellReaders = typeof CellReadersModule;

let readers: CellReaders | null = null;
let loading: Promise<CellReaders> | null = null;

/** Loads the readers (once); resolves when they are there. */
export function loadCellReaders(): Promise<CellReaders> {
  loading ??= import('./cell-readers.ts').then((loaded) => {
    readers = loaded;
    return loaded;
  });
  return loading;
}

/** Loads the readers just after the first paint: they are needed at the first edit, not before. */
export function usePreloadedCellReaders(): void {
  useLayoutEffect(() => {
    const timer = setTimeout(() => void loadCellReaders(), 0);
    return () => clearTimeout(timer);
  }, []);
}

export function cellReadersLoaded(): boolean {
  return readers !== null;
}

/** The value to store for `text` committed in a cell of `column` (as typed, trimmed, when unread). */
export function readTypedCell(column: EditColumn, text: string, period: ClaimPeriod): string {
  const typed = text.trim();
  if (typed === '' || !readers) return typed;
  return readers.readCell(column, typed, period);
}

/** Up to `limit` choices for the typed text, best first (the first choices while it is blank). */
export function suggestChoices(column: EditColumn, text: string, limit = 6): Choice[] {
  if (!readers || text.trim() === '') return (column.choices ?? []).slice(0, limit);
  return readers.suggestCells(column, text, limit);
}
