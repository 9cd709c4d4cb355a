// Must run first: configures validation before any schema is used.
import './app/no-eval.ts';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { registerServiceWorker } from './components/service-worker.ts';

const HIDDEN_FIRST_VIEW = 'first-view-hidden';

const root = document.getElementById('root');
if (root) {
  const app = (
    <StrictMode>
      <App />
    </StrictMode>
  );
  const page = document.documentElement;
  if (root.firstElementChild && !page.classList.contains(HIDDEN_FIRST_VIEW)) {
    // The built page already shows the calculator as a first visit sees it
    // (first-view-plugin.ts): take it over where it is. Should any part differ (a notice that
    // depends on today's date), React draws that part afresh; that is expected, not an error.
    hydrateRoot(root, app, {
      onRecoverableError: (error) =>
        console.info('Part of the first view was drawn afresh:', error),
    });
  } else {
    // Saved work, another view, or the development server: draw afresh, replacing the
    // built-in first view that public/first-view.js hid, then show the page.
    const fresh = createRoot(root);
    try {
      flushSync(() => fresh.render(app));
    } finally {
      page.classList.remove(HIDDEN_FIRST_VIEW);
    }
  }
}

if (import.meta.env.PROD) registerServiceWorker();
