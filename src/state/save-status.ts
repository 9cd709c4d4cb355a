// Whether the last save to this browser's storage failed (storage full, or blocked by the
// browser). Kept outside the persisted store: it describes this session, not the claim.
import { useSyncExternalStore } from 'react';

let failure: string | null = null;
const listeners = new Set<() => void>();

function setFailure(next: string | null): void {
  if (next === failure) return;
  failure = next;
  for (const listener of listeners) listener();
}

export function reportSaveFailure(error: unknown): void {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
  setFailure(
    quota
      ? "this browser's storage for the app is full"
      : `the browser refused to save (${error instanceof Error ? error.message : String(error)})`,
  );
}

export function reportSaveSuccess(): void {
  setFailure(null);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Why the last save failed, or null when it succeeded. */
export function useSaveFailure(): string | null {
  return useSyncExternalStore(
    subscribe,
    () => failure,
    () => null,
  );
}
