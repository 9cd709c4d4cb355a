// Component tests run without the app's CSS (vite.config.ts: test.css is false). Layout rules a
// test depends on (a row that stays in view, text that must not wrap, what print hides) are
// read from the stylesheet itself and applied to the document, as the browser would for
// `media`; jsdom then reports them through getComputedStyle and toBeVisible.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';

const applied: HTMLStyleElement[] = [];

afterEach(() => {
  for (const style of applied.splice(0)) style.remove();
});

/**
 * The rules of a stylesheet that apply on `media`: its `@media print` rules only in print, its
 * `@media screen` rules only on screen (other queries are left to jsdom).
 */
function rulesFor(css: string, media: 'screen' | 'print'): string {
  const probe = document.createElement('style');
  probe.textContent = css;
  document.head.append(probe);
  const rules = [...(probe.sheet?.cssRules ?? [])];
  probe.remove();
  return rules
    .flatMap((rule) => {
      if (!(rule instanceof CSSMediaRule)) return [rule.cssText];
      const only = rule.media.mediaText.trim();
      if (only !== 'print' && only !== 'screen') return [rule.cssText];
      return only === media ? [...rule.cssRules].map((inner) => inner.cssText) : [];
    })
    .join('\n');
}

/** Applies a stylesheet of the app (a path from the repository root) until the test ends. */
export function applyStylesheet(path: string, media: 'screen' | 'print' = 'screen'): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const css = readFileSync(resolve(root, path), 'utf8');
  const style = document.createElement('style');
  style.textContent = rulesFor(css, media);
  document.head.append(style);
  applied.push(style);
}
