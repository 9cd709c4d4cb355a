// Must run first: configures validation before any schema is used.
import './app/no-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { framedByAnotherOrigin, refuseToRunFramed } from './app/frame-guard.ts';
import { registerServiceWorker } from './components/service-worker.ts';

const root = document.getElementById('root');
const framed = framedByAnotherOrigin(window);
if (root && framed) {
  refuseToRunFramed(root, window.location.href);
} else if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

if (import.meta.env.PROD && !framed) registerServiceWorker();
