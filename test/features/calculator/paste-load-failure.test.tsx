import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it, vi } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

// The paste reader is loaded on the first paste; here that load fails (e.g. a broken cache).
vi.mock('../../../src/features/calculator/paste-visits.ts', () => {
  throw new Error('chunk failed to load');
});

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

it('keeps the pasted rows and says what to do when the paste reader cannot load', async () => {
  const user = userEvent.setup();
  render(<CalculatorView />);
  await user.click(screen.getByText('Paste visits from a spreadsheet'));
  const box = screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' });
  await user.click(box);
  await user.paste('2026-01-05\tSN\tRN\t\t50');
  await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
  expect(await screen.findByRole('alert')).toHaveTextContent(
    'The paste reader could not be loaded, so nothing was added',
  );
  expect(box).toHaveValue('2026-01-05\tSN\tRN\t\t50');
  expect(screen.queryByRole('gridcell', { name: /^Minutes, visit 1/ })).not.toBeInTheDocument();
});
