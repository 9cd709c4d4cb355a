// A tiny hash router: "#/reference/hcpcs/G0299" → ['reference', 'hcpcs', 'G0299'].
// Hash routes work offline, can be bookmarked, and never reach a server.
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/** The route part of a hash: "#/reference/hcpcs?as-of=2015-06-01" → "#/reference/hcpcs". */
function routePart(hash: string): string {
  const query = hash.indexOf('?');
  return query < 0 ? hash : hash.slice(0, query);
}

/** A segment as the address holds it; a stray "%" that starts no escape is kept as typed. */
function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export function parseHash(hash: string): string[] {
  return routePart(hash)
    .replace(/^#\/?/, '')
    .split('/')
    .filter((segment) => segment !== '')
    .map(decodeSegment);
}

export function hrefFor(...segments: string[]): string {
  return `#/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
}

export function navigate(...segments: string[]): void {
  window.location.hash = hrefFor(...segments);
}

/** The current route's segments; re-renders when the hash changes. */
export function useHashRoute(): string[] {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  return parseHash(hash);
}

/** A setting kept in the address after the route ("?as-of=2015-06-01"), so it can be bookmarked. */
export function useHashSetting(name: string): string {
  const hash = useSyncExternalStore(subscribe, currentHash, () => '');
  const query = hash.indexOf('?');
  return query < 0 ? '' : (new URLSearchParams(hash.slice(query + 1)).get(name) ?? '');
}

/**
 * Writes a setting into the address without a new history entry (typing a date is not a page to
 * go back to); an empty value removes it. Listeners hear it as they hear any hash change.
 */
export function setHashSetting(name: string, value: string): void {
  const hash = window.location.hash;
  const query = hash.indexOf('?');
  const params = new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
  if (value === '') params.delete(name);
  else params.set(name, value);
  const rest = params.toString();
  const next = `${routePart(hash) || '#/'}${rest === '' ? '' : `?${rest}`}`;
  if (next === hash) return;
  window.history.replaceState(window.history.state, '', next);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
