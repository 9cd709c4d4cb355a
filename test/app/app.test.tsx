import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/app.tsx';
import { ErrorBoundary } from '../../src/components/error-boundary.tsx';
import { claimStorage, flushClaimStorage, useClaimStore } from '../../src/state/claim-store.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY, draftKey } from '../../src/state/persisted.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  window.location.hash = '';
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** A page starting with `raw` saved by version 1 of the app (every draft under one key). */
function startWithStored(raw: string) {
  localStorage.setItem(STORAGE_KEY, raw);
  act(() => claimStorage?.reload());
  render(<App />);
}

describe('App', () => {
  it('shows the calculator by default and navigates by hash', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(screen.getByRole('link', { name: 'Calculator' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('button', { name: 'Add visit' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Training' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Training' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add visit' })).not.toBeInTheDocument();
  });

  it('titles the page after the view, so tabs and bookmarks tell them apart', async () => {
    const user = userEvent.setup();
    render(<App />);
    expect(document.title).toBe('Visit-to-Claim');
    await user.click(screen.getByRole('link', { name: 'Training' }));
    await waitFor(() => expect(document.title).toBe('Training · Visit-to-Claim'));
  });

  it('restores the drafts saved in the browser', () => {
    startWithStored(
      JSON.stringify({
        state: {
          drafts: [
            {
              id: 'd7',
              name: 'Saved',
              claim: { payer: 'medicare', visits: [{ id: 'V1', minutes: '45' }] },
            },
          ],
          activeDraftId: 'd7',
        },
        version: 1,
      }),
    );
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Saved');
    expect(screen.getByRole('gridcell', { name: 'Minutes, visit 1: 45' })).toBeInTheDocument();
  });

  it.each([
    ['corrupt data', '{"state": {"drafts": [', /not valid JSON/],
    ['data from an unknown version', JSON.stringify({ state: {}, version: 42 }), /unknown version/],
  ])('sets aside %s, starts with a notice and offers it for download', async (_, raw, reason) => {
    const user = userEvent.setup();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:set-aside';
    });
    URL.revokeObjectURL = vi.fn();
    startWithStored(raw);
    // The notices' code loads when there is a notice to show.
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('Saved data could not be read');
    expect(notice).toHaveTextContent(reason);
    expect(localStorage.getItem(`${SET_ASIDE_PREFIX}1`)).toBe(raw);
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Draft 1');

    await user.click(screen.getByRole('button', { name: 'Download set-aside data' }));
    expect(created).toHaveLength(1);
    expect(await created[0]!.text()).toBe(raw);

    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(localStorage.getItem(`${SET_ASIDE_PREFIX}1`)).toBe(raw);
  });
});

describe('ErrorBoundary', () => {
  it('shows a fallback instead of a blank screen, and tries again on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = userEvent.setup();
    let fail = true;
    function Fragile() {
      if (fail) throw new Error('cell renderer broke');
      return <p>Recovered</p>;
    }
    render(
      <ErrorBoundary name="the calculator">
        <Fragile />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Something went wrong showing the calculator',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('cell renderer broke');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByText('Recovered')).toBeInTheDocument();
  });
});

describe('when the browser cannot save', () => {
  it('keeps the edit on screen and says how to keep it', async () => {
    render(<App />);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    act(() =>
      useClaimStore.getState().renameDraft(useClaimStore.getState().activeDraftId, 'January'),
    );
    act(() => flushClaimStorage());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "Your latest edits are not saved in this browser (this browser's storage for the app is full)",
    );
    expect(useClaimStore.getState().drafts[0]?.name).toBe('January');

    setItem.mockRestore();
    act(() =>
      useClaimStore.getState().renameDraft(useClaimStore.getState().activeDraftId, 'February'),
    );
    act(() => flushClaimStorage());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    const id = useClaimStore.getState().activeDraftId;
    expect(localStorage.getItem(draftKey(id))).toContain('February');
  });
});
