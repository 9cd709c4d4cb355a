import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // The Mode column is hidden until the coder shows it.
  useGridColumns.getState().showAll();
});

function optionNames(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent ?? '');
}

describe('the Mode cell', () => {
  it('offers "In person" once, as the choice a new visit starts with', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    const mode = screen.getByRole('combobox', { name: 'Mode, visit 1' });
    const names = optionNames(mode);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => /in person/i.test(name))).toEqual(['In person']);
    expect(within(mode).getByRole('option', { selected: true })).toHaveTextContent('In person');

    await user.selectOptions(mode, 'Audio-only');
    expect(mode).toHaveValue('audio-only');
    await user.selectOptions(mode, 'In person');
    expect(mode).toHaveValue('');
  });

  it('shows a visit entered as in person with a label of its own', () => {
    useClaimStore.getState().createDraft(
      'Entered',
      draftFromClaimInput({
        payer: 'medicare',
        visits: [
          { id: 'V1', date: '2026-01-05', discipline: 'SN', credential: 'RN', mode: 'in-person' },
        ],
      }),
    );
    render(<CalculatorView />);
    const mode = screen.getByRole('combobox', { name: 'Mode, visit 1' });
    expect(mode).toHaveValue('in-person');
    const names = optionNames(mode);
    expect(new Set(names).size).toBe(names.length);
    expect(within(mode).getByRole('option', { selected: true })).toHaveTextContent(
      'In person (entered)',
    );
    expect(names).not.toContain('in-person (not recognised)');
  });
});

describe('messages in grid cells', () => {
  it('say what is wrong in the cell, read once as the cell’s description', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    const minutes = screen.getByRole('textbox', { name: 'Minutes, visit 1' });
    await user.type(minutes, '4x');
    expect(minutes).toHaveAttribute('aria-invalid', 'true');
    const message = document.getElementById(minutes.getAttribute('aria-describedby') ?? '');
    expect(message).not.toBeNull();
    expect(message!.closest('td')).toBe(minutes.closest('td'));
    // The cell's label already names the field and the visit; the message says what is wrong.
    expect(minutes).toHaveAccessibleDescription(/^expected a whole number/);
    // The whole message, drawn beside the cell while it has focus, is not read a second time.
    const whole = within(minutes.closest('td')!).getByText(/expected a whole number/, {
      selector: '.cell-error-full',
    });
    expect(whole).toHaveAttribute('aria-hidden', 'true');
  });
});
