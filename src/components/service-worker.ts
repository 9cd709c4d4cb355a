// Registers the service worker that makes the app work offline, looks for a new version on every
// load and every hour a tab stays open, and tells the UI when one is waiting. The update is
// applied only when the coder asks; drafts are saved on every edit, so the reload that follows
// loses nothing.
import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

let updateWaiting = false;
let applyWaitingUpdate: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function setUpdateWaiting(waiting: boolean): void {
  updateWaiting = waiting;
  for (const listener of listeners) listener();
}

/** How often an open tab asks for a new version: a desk reference can stay open for days. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(update),
    // applyUpdate reloads: the library would not in a tab that opened before any worker ran.
    onNeedReload: () => {},
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        // Offline, the check fails; the next one will try again.
        registration.update().catch(() => {});
      }, UPDATE_CHECK_MS);
    },
  });
}

/** A new version is installed and waiting; `apply` activates it and reloads. */
export function offerUpdate(apply: (reload?: boolean) => Promise<void>): void {
  applyWaitingUpdate = apply;
  setUpdateWaiting(true);
}

/** Activates the waiting version and reloads onto it once it has taken the page over. */
export function applyUpdate(): void {
  navigator.serviceWorker?.addEventListener('controllerchange', () => window.location.reload(), {
    once: true,
  });
  void applyWaitingUpdate?.(true);
}

export function dismissUpdate(): void {
  setUpdateWaiting(false);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** True while a new version of the app is installed and waiting for the coder's word. */
export function useUpdateWaiting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => updateWaiting,
    () => false,
  );
}
