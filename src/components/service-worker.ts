// Registers the service worker that makes the app work offline, and tells the UI when a new
// version is waiting. The update is applied only when the coder asks; drafts are saved on every
// edit, so the reload that follows loses nothing.
import { useSyncExternalStore } from 'react';
import { registerSW } from 'virtual:pwa-register';

let updateWaiting = false;
let applyWaitingUpdate: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function setUpdateWaiting(waiting: boolean): void {
  updateWaiting = waiting;
  for (const listener of listeners) listener();
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh: () => offerUpdate(update),
  });
}

/** A new version is installed and waiting; `apply` activates it and reloads. */
export function offerUpdate(apply: (reload?: boolean) => Promise<void>): void {
  applyWaitingUpdate = apply;
  setUpdateWaiting(true);
}

export function applyUpdate(): void {
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
