import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { cell, queryCell, shown, typeInCell, type User } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

async function expectFocusOn(element: () => HTMLElement) {
  await expect.poll(() => document.activeElement).toBe(element());
}

/** Visits 1–3 with 10, 20 and 30 minutes, added as "Add visit" adds them. */
async function threeVisits(_user: User) {
  const actions = useClaimStore.getState();
  for (const minutes of ['10', '20', '30']) {
    const id = actions.addVisit();
    actions.editVisit(id, 'minutes', minutes);
  }
  await screen.findByRole('button', { name: 'Visit 3' });
}

describe('focus after row actions in the visit grid', () => {
  it('moves to the date of the new visit after Add visit, Duplicate and Insert', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await expectFocusOn(() => cell('Date, visit 1'));

    await user.click(screen.getByRole('button', { name: 'Duplicate visit 1' }));
    await expectFocusOn(() => cell('Date, visit 2'));

    await typeInCell(user, 'Minutes, visit 2', '45');
    await user.click(screen.getByRole('button', { name: 'Insert visit above visit 2' }));
    await expectFocusOn(() => cell('Date, visit 2'));
    expect(shown('Minutes, visit 2')).toBe('');
    expect(shown('Minutes, visit 3')).toBe('45');
  });

  it('types over the date Add visit copied into the new visit', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.keyboard('2026-01-05{Tab}');

    screen.getByRole('button', { name: 'Add visit' }).focus();
    await user.keyboard('{Enter}');
    await expectFocusOn(() => cell('Date, visit 2'));
    expect(shown('Date, visit 2')).toBe('2026-01-05');
    await user.keyboard('2026-02-03{Enter}');
    expect(shown('Date, visit 2')).toBe('2026-02-03');
  });

  it('moves to the Delete button of the row that takes the deleted row’s place', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await threeVisits(user);

    await user.click(screen.getByRole('button', { name: 'Delete visit 2' }));
    expect(shown('Minutes, visit 2')).toBe('30');
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 2' }));

    // Deleting the last row: the row before it; the only row: "Add visit".
    await user.keyboard('{Enter}');
    await expectFocusOn(() => screen.getByRole('button', { name: 'Delete visit 1' }));
    await user.keyboard('{Enter}');
    expect(queryCell('Date, visit 1')).not.toBeInTheDocument();
    await expectFocusOn(() => screen.getByRole('button', { name: 'Add visit' }));
  });

  it('does not lose focus to the page when undo takes away the row that had it', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await threeVisits(user);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await expectFocusOn(() => cell('Date, visit 4'));

    await user.keyboard('{Control>}z{/Control}');
    expect(queryCell('Date, visit 4')).not.toBeInTheDocument();
    await expectFocusOn(() => cell('Date, visit 3'));
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
