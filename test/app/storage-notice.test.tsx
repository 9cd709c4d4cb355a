import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StorageNotice } from '../../src/app/storage-notice.tsx';
import { claimStorage, flushClaimStorage, useClaimStore } from '../../src/state/claim-store.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY, draftKey } from '../../src/state/persisted.ts';
import { addStorageNotices } from '../../src/state/storage-status.ts';

const names = () => useClaimStore.getState().drafts.map((draft) => draft.name);

function captureDownloads(): Blob[] {
  const created: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    created.push(blob);
    return 'blob:saved';
  });
  URL.revokeObjectURL = vi.fn();
  return created;
}

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('StorageNotice', () => {
  it('restores set-aside data as drafts, and says so', async () => {
    const user = userEvent.setup();
    // What an earlier version set aside whole, because one field was typed wrongly.
    const setAside = JSON.stringify({
      state: {
        drafts: [
          {
            id: 'd1',
            name: 'Smith',
            claim: { payer: 'medicare', visits: [{ id: 'V1', minutes: 45 }] },
          },
        ],
      },
      version: 1,
    });
    localStorage.setItem(`${SET_ASIDE_PREFIX}1`, setAside);
    act(() =>
      addStorageNotices([
        {
          kind: 'set-aside',
          entries: [{ key: `${SET_ASIDE_PREFIX}1`, reason: 'it is not valid JSON' }],
        },
      ]),
    );
    render(<StorageNotice />);
    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download set-aside data' }));
    expect(await downloads[0]?.text()).toBe(setAside);

    await user.click(screen.getByRole('button', { name: 'Restore as drafts' }));
    expect(screen.getByRole('status')).toHaveTextContent('Restored “Smith” as new drafts.');
    expect(names()).toEqual(['Draft 1', 'Smith']);
    expect(useClaimStore.getState().drafts[1]?.claim.visits[0]?.minutes).toBe('45');
  });

  it('when unreadable data cannot be set aside, saves nothing until it is downloaded and removed', async () => {
    const user = userEvent.setup();
    const corrupt = '{"state": {"drafts": [';
    localStorage.setItem(STORAGE_KEY, corrupt);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() => claimStorage?.reload());
    setItem.mockRestore();
    render(<StorageNotice />);
    const notice = screen.getByRole('alert');
    expect(notice).toHaveTextContent(
      'Saved data could not be read, and there is no room to set it aside',
    );
    expect(notice).toHaveTextContent('this tab saves nothing until it is moved');

    act(() =>
      useClaimStore.getState().renameDraft(useClaimStore.getState().activeDraftId, 'January'),
    );
    act(() => flushClaimStorage());
    expect(localStorage.getItem(STORAGE_KEY)).toBe(corrupt);
    expect(localStorage.getItem(draftKey(useClaimStore.getState().activeDraftId))).toBeNull();

    const downloads = captureDownloads();
    await user.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(await downloads[0]?.text()).toBe(corrupt);
    await user.click(screen.getByRole('button', { name: 'Remove it from this browser' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(localStorage.getItem(draftKey(useClaimStore.getState().activeDraftId))).toContain(
      'January',
    );
  });

  it.each([
    [
      { kind: 'conflict', name: 'Jones', copyName: 'Jones (from another tab, 14:32)' } as const,
      'Both versions are kept: the later one as “Jones”, the other as “Jones (from another tab, 14:32)”',
    ],
    [{ kind: 'all-deleted-elsewhere' } as const, 'All saved data was deleted in another tab'],
    [{ kind: 'deleted-elsewhere', name: 'Jones' } as const, '“Jones” was deleted in another tab.'],
    [
      { kind: 'refused-on-leave', reason: "this browser's storage for the app is full" } as const,
      'Your last edits before this page was left were not saved',
    ],
  ])('tells the coder %o, until dismissed', async (notice, text) => {
    const user = userEvent.setup();
    act(() => addStorageNotices([notice]));
    render(<StorageNotice />);
    expect(screen.getByText(text, { exact: false })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(text, { exact: false })).not.toBeInTheDocument();
  });
});
