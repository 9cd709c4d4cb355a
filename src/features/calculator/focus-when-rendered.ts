// Moving keyboard focus to something the next render draws (a new row of a claim list, the math
// panel's heading): asked once a frame until it is there.

/** Scrolls an element into view, as little as needed, and focuses it. */
export function focusInView(element: HTMLElement): void {
  element.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  element.focus();
}

/** Focuses what `find` returns as soon as it returns something (asked once a frame). */
export function focusWhenFound(find: () => HTMLElement | null, framesLeft = 20): void {
  const element = find();
  if (element) focusInView(element);
  else if (framesLeft > 0) setTimeout(() => focusWhenFound(find, framesLeft - 1), 16);
}

/** Focuses an element as soon as it is rendered (within about twenty frames). */
export function focusWhenRendered(elementId: string, framesLeft = 20): void {
  focusWhenFound(() => document.getElementById(elementId), framesLeft);
}
