// The app holds patient data: it does not run inside a page of another site, which could cover
// it and trick a coder into clicks or typing. Hosts say so with headers (csp-plugin.ts; see the
// README); this check covers a host that sends neither.

/** True when the page is shown in a frame whose top page is of another origin. */
export function framedByAnotherOrigin(win: Window): boolean {
  if (win.top === win.self || win.top === null) return false;
  try {
    return win.top.location.origin !== win.location.origin;
  } catch {
    // Another origin's location cannot be read at all.
    return true;
  }
}

/** Replaces the page's content with why the app does not run here, and a way to open it. */
export function refuseToRunFramed(root: HTMLElement, href: string): void {
  const heading = document.createElement('h1');
  heading.textContent = 'Visit-to-Claim does not run inside another site’s page';
  const reason = document.createElement('p');
  reason.textContent =
    'It holds patient data, so it only runs in a window or tab of its own; nothing is shown here. ';
  const link = document.createElement('a');
  link.href = href;
  link.target = '_blank';
  link.rel = 'noopener';
  link.textContent = 'Open Visit-to-Claim in a tab of its own';
  reason.append(link);
  const main = document.createElement('main');
  main.append(heading, reason);
  root.replaceChildren(main);
}
