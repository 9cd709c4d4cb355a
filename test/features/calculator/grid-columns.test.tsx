import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { GRID_COLUMNS_KEY, useGridColumns } from '../../../src/state/grid-columns.ts';
import { cell, findCell, queryCell, shown, typeInCell } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  useGridColumns.getState().reset();
});

const visits = () => screen.getByRole('grid', { name: 'Visits' });

async function openColumns(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText(/^Columns/));
  return screen.getByRole('group', { name: 'Show these columns' });
}

describe('choosing the grid columns', () => {
  it('starts with the rarely used columns hidden and Setting and Charge shown, each a click away', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    for (const name of [
      'Date',
      'Discipline',
      'Credential',
      'Service',
      'Minutes',
      'Start',
      'End',
      'Setting',
      'Charge',
    ])
      expect(within(visits()).getByRole('columnheader', { name })).toBeInTheDocument();
    for (const name of ['HCPCS', 'Revenue code', 'Units', 'Findings'])
      expect(within(visits()).getByRole('columnheader', { name })).toBeInTheDocument();
    expect(within(visits()).queryByRole('columnheader', { name: 'Travel min' })).toBeNull();
    expect(screen.getByText('Columns (7 hidden)')).toBeInTheDocument();

    const chooser = await openColumns(user);
    expect(within(chooser).getByRole('checkbox', { name: 'Start' })).toBeChecked();
    expect(within(chooser).getByRole('checkbox', { name: 'Travel minutes' })).not.toBeChecked();
    await user.click(within(chooser).getByRole('button', { name: 'Show all columns' }));
    expect(cell('Entered units, visit 1')).toBeInTheDocument();
    expect(screen.getByText('Columns')).toBeInTheDocument();
    // "All" is a choice of its own, kept for the next visit to the page.
    expect(localStorage.getItem(GRID_COLUMNS_KEY)).toBe('[]');
  });

  it('hides an optional column and keeps the choice for the next visit to the page', async () => {
    useGridColumns.getState().showAll();
    const user = userEvent.setup();
    const { unmount } = render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    expect(within(visits()).getByRole('columnheader', { name: 'Travel min' })).toBeInTheDocument();

    const chooser = await openColumns(user);
    await user.click(within(chooser).getByRole('checkbox', { name: 'Travel minutes' }));

    expect(within(visits()).queryByRole('columnheader', { name: 'Travel min' })).toBeNull();
    expect(queryCell('Travel minutes, visit 1')).toBeNull();
    expect(screen.getByText('Columns (1 hidden)')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(GRID_COLUMNS_KEY) ?? '[]')).toEqual(['travelMinutes']);

    unmount();
    render(<CalculatorView />);
    expect(queryCell('Travel minutes, visit 1')).toBeNull();
    await user.click(
      within(await openColumns(user)).getByRole('button', { name: 'Show all columns' }),
    );
    expect(cell('Travel minutes, visit 1')).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(GRID_COLUMNS_KEY) ?? '')).toEqual([]);
  });

  it('shows a hidden column again when a finding about it is chosen', async () => {
    useGridColumns.getState().showAll();
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await typeInCell(user, 'Travel minutes, visit 1', 'ten');
    await user.click(
      within(await openColumns(user)).getByRole('checkbox', { name: 'Travel minutes' }),
    );
    expect(queryCell('Travel minutes, visit 1')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Go to visit 1, Travel minutes' }));

    const travel = await findCell('Travel minutes, visit 1');
    expect(shown('Travel minutes, visit 1')).toBe('ten');
    await expect.poll(() => document.activeElement).toBe(travel);
  });
});
