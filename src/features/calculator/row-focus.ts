// Where keyboard focus goes when undo or redo takes away (or disables) what had it, so that it
// never falls to the page: the same place, the same column of the nearest visit left, or the
// first of the fallbacks. Grid cell ids follow the visit's position (grid-rows.ts cellId).
import { selectActiveClaim, useClaimStore } from '../../state/claim-store.ts';
import { focusInView } from './focus-when-rendered.ts';
import { cellId } from './grid-rows.ts';
import { ADD_VISIT_ID } from './visit-grid.tsx';

/** The element, when it is on the page and not disabled. */
function focusable(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || !element.isConnected) return null;
  return element.matches(':disabled') ? null : element;
}

/** Where focus goes when the element that had it is gone: the same place, or nearby. */
function refocus(previous: HTMLElement, fallbackIds: readonly string[]): void {
  if (focusable(previous)) {
    focusInView(previous);
    return;
  }
  const candidates = [previous.id, ...fallbackIds];
  const cell = /^visit-(\d+)-(.+)$/.exec(previous.id);
  if (cell) {
    // A cell of a row that is gone: the same column of the nearest row left, then "Add visit".
    const count = selectActiveClaim(useClaimStore.getState()).visits.length;
    const index = Math.min(Number(cell[1]), count - 1);
    if (index >= 0) candidates.push(cellId(index, cell[2] ?? ''));
    candidates.push(ADD_VISIT_ID);
  }
  for (const id of candidates) {
    const element = id === '' ? null : focusable(document.getElementById(id));
    if (element) {
      focusInView(element);
      return;
    }
  }
}

/**
 * Runs `action` (undo, redo) and, once the change is drawn, keeps focus where it was; if that
 * element is gone or disabled, focus moves to the element now in its place, or to the first of
 * `fallbackIds` that can take it, instead of falling to the page.
 */
export function keepFocusThrough(action: () => void, fallbackIds: readonly string[] = []): void {
  const active = document.activeElement;
  const previous = active instanceof HTMLElement && active !== document.body ? active : null;
  action();
  if (!previous) return;
  // React draws a store change before the next task; check focus after it.
  setTimeout(() => {
    const now = document.activeElement;
    if (now === previous && focusable(previous)) return;
    if (now && now !== document.body && now !== previous) return;
    refocus(previous, fallbackIds);
  }, 0);
}
