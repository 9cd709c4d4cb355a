// What the coder should know about this browser's copy of the drafts: a save that failed, data
// that could not be read, drafts another tab changed or deleted. Kept in memory for this page
// (it describes the session, not the claim); the notices in src/app/storage-notice.tsx show it.
import { create } from 'zustand';

export type StorageNotice =
  /** Unreadable saved data moved to set-aside keys, for download or restore. */
  | { kind: 'set-aside'; entries: { key: string; reason: string }[] }
  /** Drafts read with values repaired. */
  | { kind: 'repaired'; drafts: { name: string; repairs: string[] }[] }
  /** A draft changed in two tabs: both versions kept. */
  | { kind: 'conflict'; name: string; copyName: string }
  | { kind: 'deleted-elsewhere'; name: string }
  /** A draft deleted in one tab and changed in another: it is kept, with the changes. */
  | { kind: 'kept-after-delete'; name: string }
  | { kind: 'all-deleted-elsewhere' }
  /** A save was refused when the page was last left; that edit was lost. */
  | { kind: 'refused-on-leave'; reason: string };

/** Saved data that could not be read nor set aside: it is left where it is, and nothing saves. */
export interface ReadOnlyMode {
  /** Where each unreadable value is, and why it could not be read. */
  entries: { key: string; reason: string }[];
}

export interface StorageStatus {
  notices: (StorageNotice & { id: number })[];
  /** Why the last save failed, or null when it succeeded. */
  saveFailure: string | null;
  readOnly: ReadOnlyMode | null;
}

export const useStorageStatus = create<StorageStatus>()(() => ({
  notices: [],
  saveFailure: null,
  readOnly: null,
}));

let nextNoticeId = 1;

export function addStorageNotices(notices: readonly StorageNotice[]): void {
  if (notices.length === 0) return;
  useStorageStatus.setState((status) => ({
    notices: [...status.notices, ...notices.map((notice) => ({ ...notice, id: nextNoticeId++ }))],
  }));
}

export function dismissStorageNotice(id: number): void {
  useStorageStatus.setState((status) => ({
    notices: status.notices.filter((notice) => notice.id !== id),
  }));
}

/** Why the browser refused a save, in words. */
export function refusalReason(error: unknown): string {
  const quota = error instanceof DOMException && error.name === 'QuotaExceededError';
  return quota
    ? "this browser's storage for the app is full"
    : `the browser refused to save (${error instanceof Error ? error.message : String(error)})`;
}

export function setSaveFailure(reason: string | null): void {
  if (useStorageStatus.getState().saveFailure !== reason)
    useStorageStatus.setState({ saveFailure: reason });
}

export function setReadOnly(readOnly: ReadOnlyMode | null): void {
  useStorageStatus.setState({ readOnly });
}

/** Everything this page noted about the saved data, forgotten (all of it was deleted). */
export function clearStorageStatus(): void {
  useStorageStatus.setState({ notices: [], saveFailure: null, readOnly: null });
}
