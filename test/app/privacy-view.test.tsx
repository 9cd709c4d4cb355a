import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrivacyView } from '../../src/app/privacy-view.tsx';
import { useClaimStore } from '../../src/state/claim-store.ts';
import {
  GRID_COLUMNS_KEY,
  defaultHiddenGridColumns,
  useGridColumns,
} from '../../src/state/grid-columns.ts';
import { SET_ASIDE_PREFIX } from '../../src/state/persisted.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

describe('PrivacyView', () => {
  it('says where the data is kept', () => {
    render(<PrivacyView />);
    expect(
      screen.getByRole('heading', { name: 'Your data stays in this browser' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/not sent to any\s+server/)).toBeInTheDocument();
  });

  it('deletes every draft and set-aside copy only after the coder confirms', async () => {
    const user = userEvent.setup();
    useClaimStore.getState().createDraft('January period');
    useGridColumns.getState().setShown('travelMinutes', false);
    localStorage.setItem(`${SET_ASIDE_PREFIX}1`, '{broken');
    render(<PrivacyView />);

    await user.click(screen.getByRole('button', { name: 'Delete all saved data…' }));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(useClaimStore.getState().drafts).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Delete all saved data…' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect(screen.getByRole('status')).toHaveTextContent(
      'All saved data in this browser was deleted, in every open tab.',
    );
    expect(useClaimStore.getState().drafts.map((draft) => draft.name)).toEqual(['Draft 1']);
    expect(localStorage.getItem(`${SET_ASIDE_PREFIX}1`)).toBeNull();
    expect(useGridColumns.getState().hidden).toEqual(defaultHiddenGridColumns);
    expect(localStorage.getItem(GRID_COLUMNS_KEY)).toBeNull();
  });
});
