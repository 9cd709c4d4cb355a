import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';
import { cell, draftVisits, shown, typeInCell } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // The Mode column is hidden until the coder shows it.
  useGridColumns.getState().showAll();
});

function openVisit(visit: Record<string, string>) {
  useClaimStore.getState().createDraft(
    'Entered',
    draftFromClaimInput({
      payer: 'medicare',
      visits: [{ id: 'V1', date: '2026-01-05', discipline: 'SN', credential: 'RN', ...visit }],
    }),
  );
  render(<CalculatorView />);
}

describe('the Mode cell', () => {
  it('shows a blank mode as "In person" and offers "In person" once', async () => {
    const user = userEvent.setup();
    openVisit({});
    expect(within(cell('Mode, visit 1')).getByText('In person')).toBeInTheDocument();
    await user.click(cell('Mode, visit 1'));
    await user.keyboard('{F2}');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    const names = options.map((option) => option.textContent ?? '');
    expect(names.filter((name) => /in person/i.test(name))).toEqual([]);
    await user.keyboard('audio-only{Tab}');
    expect(draftVisits()[0]?.mode).toBe('audio-only');
    expect(shown('Mode, visit 1')).toBe('Audio-only');
  });

  it('shows a visit entered as in person as "In person", not as a value it does not know', () => {
    openVisit({ mode: 'in-person' });
    expect(shown('Mode, visit 1')).toBe('In person');
    expect(cell('Mode, visit 1')).not.toHaveAttribute('aria-invalid');
  });
});

describe('messages in grid cells', () => {
  it('mark the cell and describe it, so the cell says what is wrong', async () => {
    const user = userEvent.setup();
    openVisit({});
    await typeInCell(user, 'Minutes, visit 1', '4x');
    const minutes = cell('Minutes, visit 1');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    // The cell's name already names the field and the visit; the message says what is wrong.
    expect(minutes).toHaveAccessibleDescription(/^Expected a whole number/);
    expect(within(minutes).getByText(/^Expected a whole number/)).toBeInTheDocument();
  });

  it('keep the value as typed', async () => {
    const user = userEvent.setup();
    openVisit({});
    await typeInCell(user, 'Charge, visit 1', '12o.00');
    expect(shown('Charge, visit 1')).toBe('12o.00');
    expect(draftVisits()[0]?.charge).toBe('12o.00');
  });
});
