// Where keyboard focus goes when visit rows come and go, so that it never falls to the page:
// a new row's first cell after "Add visit", "Duplicate" or "Insert"; the same button of the
// row that took a deleted row's place; and, after undo or redo, back where it was.
// Cell ids follow the row's position (grid-rows.ts cellId), so an id alone can name the row
// that is about to move; each <tr> says which visit it draws (data-visit-id) to tell them apart.
import { selectActiveClaim, useClaimStore } from '../../state/claim-store.ts';
import { cellId } from './grid-rows.ts';
import { focusInView, focusWhenFound, revealGridRow } from './grid-window.ts';

/** The id of the grid's "Add visit" button, where focus goes when no visit row is left. */
export const ADD_VISIT_ID = 'add-visit';

function visitIndex(visitId: string): number {
  return selectActiveClaim(useClaimStore.getState()).visits.findIndex(
    (visit) => visit.id === visitId,
  );
}

/** The element, when it is on the page and not disabled. */
function focusable(element: Element | null): HTMLElement | null {
  if (!(element instanceof HTMLElement) || !element.isConnected) return null;
  return element.matches(':disabled') ? null : element;
}

/** Selects a text field's whole value, so typing replaces it (as in a spreadsheet). */
function selectText(element: HTMLElement): void {
  if (element instanceof HTMLInputElement) element.select();
}

/**
 * Focuses a control (a cell's field, or "duplicate", "insert", "delete") of the visit with
 * `visitId` once its row is drawn at the visit's place, scrolling a long grid to it. `select`
 * selects a cell's text: a new visit's values are copied from the visit before, and the coder
 * usually types over them.
 */
export function focusVisitControl(
  visitId: string,
  control: string,
  { select = false }: { select?: boolean } = {},
): void {
  if (visitIndex(visitId) < 0) return;
  focusWhenFound(
    () => {
      const index = visitIndex(visitId);
      if (index < 0) return null;
      const element = focusable(document.getElementById(cellId(index, control)));
      if (element && element.closest('tr')?.dataset.visitId === visitId) return element;
      revealGridRow(index);
      return null;
    },
    undefined,
    select ? selectText : undefined,
  );
}

/** Focuses "Add visit". */
export function focusAddVisit(): void {
  const button = focusable(document.getElementById(ADD_VISIT_ID));
  if (button) focusInView(button);
}

/**
 * Deletes a visit with `remove`, then puts focus on the same control of the row that takes its
 * place (or of the row before it, or "Add visit" when no row is left).
 */
export function deleteKeepingFocus(visitId: string, control: string, remove: () => void): void {
  const visits = selectActiveClaim(useClaimStore.getState()).visits;
  const index = visits.findIndex((visit) => visit.id === visitId);
  const successor = visits[index + 1] ?? visits[index - 1];
  remove();
  if (successor) focusVisitControl(successor.id, control);
  else focusAddVisit();
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
