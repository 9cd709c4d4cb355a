// Large claims render only the visit rows in view (plus a margin): a page with thousands of form
// controls cannot repaint within a frame. Small claims render every row. The table keeps its
// real row count for assistive technology (aria-rowcount / aria-rowindex), and these helpers
// bring an unrendered row into view before focusing it.

/** Claims with more visits than this are windowed. */
export const WINDOW_THRESHOLD = 20;
export const OVERSCAN_ROWS = 4;
export const ROW_HEIGHT_GUESS = 34;

let scroller: HTMLElement | null = null;
let rowHeight = ROW_HEIGHT_GUESS;

export function registerGridScroller(element: HTMLElement | null): void {
  scroller = element;
}

export function setGridRowHeight(height: number): void {
  if (height > 0) rowHeight = height;
}

export function gridRowHeight(): number {
  return rowHeight;
}

/** The rows to render for a scroll position. */
export function visibleRange(
  count: number,
  scrollTop: number,
  viewportHeight: number,
  height = rowHeight,
): { start: number; end: number } {
  if (count <= WINDOW_THRESHOLD) return { start: 0, end: count };
  const first = Math.floor(scrollTop / height);
  const shown = Math.ceil(Math.max(viewportHeight, 600) / height);
  return {
    start: Math.max(0, first - OVERSCAN_ROWS),
    end: Math.min(count, first + shown + OVERSCAN_ROWS),
  };
}

/** Scrolls the grid so that visit row `index` is rendered and in view. */
export function revealGridRow(index: number): void {
  if (!scroller) return;
  const top = index * rowHeight;
  const { scrollTop, clientHeight } = scroller;
  if (top < scrollTop || top + 2 * rowHeight > scrollTop + clientHeight)
    scroller.scrollTop = Math.max(0, top - clientHeight / 2);
}

/** Scrolls an element into view, as little as needed, and focuses it. */
export function focusInView(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  element.focus();
}

/**
 * Focuses what `find` returns as soon as it returns something (asked once a frame), then runs
 * `then` on it.
 */
export function focusWhenFound(
  find: () => HTMLElement | null,
  framesLeft = 20,
  then?: (element: HTMLElement) => void,
): void {
  const element = find();
  if (element) {
    focusInView(element);
    then?.(element);
  } else if (framesLeft > 0) setTimeout(() => focusWhenFound(find, framesLeft - 1, then), 16);
}

/** Focuses an element as soon as it is rendered (within about twenty frames). */
export function focusWhenRendered(elementId: string, framesLeft = 20): void {
  focusWhenFound(() => document.getElementById(elementId), framesLeft);
}
