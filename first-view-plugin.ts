// Puts the calculator, as a first visit sees it, into the built index.html, so a page that is
// still fetching its scripts already shows the calculator (src/main.tsx then takes it over).
// - The app is rendered at build time with React's server renderer.
// - The entry stylesheet is inlined, so the first paint waits for nothing but the HTML
//   (csp-plugin.ts allows that <style> by its hash).
// - The app's scripts have no tags of their own: public/first-view.js starts them. On a first
//   visit that is after the first paint, so the page is drawn without competing with them
//   (and Lighthouse's model, which cannot tell when a module script runs, sees that it did not
//   wait for them); in every other case at once.
// public/first-view.js hides this HTML when it would be wrong for a moment (saved work in this
// browser, or an address that names another view) and the app draws the right view afresh.
import { createElement, StrictMode, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { runnerImport, type Plugin } from 'vite';

const EMPTY_ROOT = '<div id="root"></div>';

/** In the build-time render there is no service worker, and styles come from the client build. */
const buildTimeStubs: Plugin = {
  name: 'visit-to-claim-first-view-stubs',
  enforce: 'pre',
  resolveId: (id) =>
    id === 'virtual:pwa-register'
      ? '\0first-view:pwa'
      : id.endsWith('.css')
        ? '\0first-view:css'
        : null,
  load: (id) =>
    id === '\0first-view:pwa'
      ? 'export const registerSW = () => () => Promise.resolve();'
      : id === '\0first-view:css'
        ? 'export default "";'
        : null,
};

async function renderFirstView(root: string): Promise<string> {
  const { module } = await runnerImport<{ App: ComponentType }>('/src/app/app.tsx', {
    root,
    configFile: false,
    logLevel: 'error',
    plugins: [buildTimeStubs],
  });
  return renderToString(createElement(StrictMode, null, createElement(module.App)));
}

const FIRST_VIEW_SCRIPT = '<script src="/first-view.js"></script>';
const ENTRY_SCRIPT = /\s*<script type="module" crossorigin src="([^"]+)"><\/script>/g;
const MODULE_PRELOAD = /\s*<link rel="modulepreload" crossorigin href="([^"]+)">/g;

/**
 * Moves the app's module scripts from tags of their own onto public/first-view.js's tag, which
 * starts them (at once, or after the first paint on a first visit).
 */
function startedByFirstViewScript(html: string): string {
  const entries = [...html.matchAll(ENTRY_SCRIPT)].map((match) => match[1]);
  const preloads = [...html.matchAll(MODULE_PRELOAD)].map((match) => match[1]);
  if (entries.length !== 1 || !html.includes(FIRST_VIEW_SCRIPT))
    throw new Error(`first-view: expected one entry script and ${FIRST_VIEW_SCRIPT}`);
  const attributes = `data-app-entry="${entries[0]}" data-app-preload="${preloads.join(' ')}"`;
  return html
    .replace(ENTRY_SCRIPT, '')
    .replace(MODULE_PRELOAD, '')
    .replace(FIRST_VIEW_SCRIPT, () => `<script src="/first-view.js" ${attributes}></script>`);
}

export function firstViewPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'visit-to-claim-first-view',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!html.includes(EMPTY_ROOT))
          throw new Error(`first-view: index.html has no empty ${EMPTY_ROOT}`);
        const bundle = context.bundle ?? {};
        const inlined = html.replace(
          /<link rel="stylesheet"[^>]*\bhref="\/?([^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            const css =
              typeof asset.source === 'string'
                ? asset.source
                : new TextDecoder().decode(asset.source);
            if (css.includes('</')) return tag;
            delete bundle[file];
            return `<style>${css.trim()}</style>`;
          },
        );
        const markup = await renderFirstView(root);
        return startedByFirstViewScript(inlined).replace(
          EMPTY_ROOT,
          () => `<div id="root">${markup}</div>`,
        );
      },
    },
  };
}
