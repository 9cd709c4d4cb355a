import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

const dateCell = (visit: number) => screen.getByRole('textbox', { name: `Date, visit ${visit}` });
const minutesCell = (visit: number) =>
  screen.getByRole('textbox', { name: `Minutes, visit ${visit}` });

async function expectFocusOn(element: () => HTMLElement) {
  await expect.poll(() => document.activeElement).toBe(element());
}

async function threeVisits(user: ReturnType<typeof userEvent.setup>) {
  for (const minutes of ['10', '20', '30']) {
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    const count = screen.getAllByRole('button', { name: /^Visit \d+: show the math$/ }).length;
    await user.type(minutesCell(count), minutes);
  }
}

describe('focus after row actions in the visit grid', () => {
  it('moves to the date of the new visit after Add visit, Duplicate and Insert', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await expectFocusOn(() => dateCell(1));

    await user.click(screen.getByRole('button', { name: 'Duplicate visit 1' }));
    await expectFocusOn(() => dateCell(2));

    await user.type(minutesCell(2), '45');
    await user.click(screen.getByRole('button', { name: 'Insert visit above visit 2' }));
    await expectFocusOn(() => dateCell(2));
    expect(minutesCell(2)).toHaveValue('');
    expect(minutesCell(3)).toHaveValue('45');
  });

  it('selects the date Add visit copied into the new visit, so typing replaces it', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.type(dateCell(1), '2026-01-05');

    screen.getByRole('button', { name: 'Add visit' }).focus();
    await user.keyboard('{Enter}');
    await expectFocusOn(() => dateCell(2));
    const date = dateCell(2) as HTMLInputElement;
    expect(date).toHaveValue('2026-01-05');
    expect([date.selectionStart, date.selectionEnd]).toEqual([0, 10]);
    await user.keyboard('2026-02-03');
    expect(date).toHaveValue('2026-02-03');
  });

  it('leaves the caret where a click puts it in a cell that has a value', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.type(dateCell(1), '2026-01-05');
    await user.click(minutesCell(1));
    await user.click(dateCell(1));
    await user.keyboard('9');
    expect(dateCell(1)).toHaveValue('2026-01-059');
  });

  it('moves to the Delete button of the row that takes the deleted row’s place', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await threeVisits(user);

    await user.click(screen.getByRole('button', { name: 'Delete visit 2' }));
    expect(minutesCell(2)).toHaveValue('30');
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 2' }));

    // Deleting the last row: the row before it; the only row: "Add visit".
    await user.keyboard('{Enter}');
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 1' }));
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('textbox', { name: 'Date, visit 1' })).not.toBeInTheDocument();
    await expectFocusOn(() => screen.getByRole('button', { name: 'Add visit' }));
  });

  it('keeps focus where it was when undo brings a deleted row back', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await threeVisits(user);
    await user.click(screen.getByRole('button', { name: 'Delete visit 1' }));
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 1' }));

    await user.keyboard('{Control>}z{/Control}');
    expect(minutesCell(1)).toHaveValue('10');
    // The button that had focus is the one of the visit that moved back to row 2.
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 2' }));
    expect(minutesCell(2)).toHaveValue('20');
  });

  it('does not lose focus to the page when undo takes away the row that had it', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await threeVisits(user);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await expectFocusOn(() => dateCell(4));

    await user.keyboard('{Control>}z{/Control}');
    expect(screen.queryByRole('textbox', { name: 'Date, visit 4' })).not.toBeInTheDocument();
    await expectFocusOn(() => dateCell(3));
  });

  it('moves focus from Undo to Redo when there is nothing left to undo', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await expectFocusOn(() => screen.getByRole('button', { name: 'Redo' }));
  });
});
