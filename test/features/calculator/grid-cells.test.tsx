import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';
import { applyStylesheet } from '../apply-stylesheet.ts';

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
  it('take one line cut to the column, neither widening it nor making the row tall', async () => {
    applyStylesheet('src/features/calculator/calculator.css');
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
    // No width of its own (so it adds none to the column), the cell's width at least, and one
    // line (the cell does not wrap), cut with an ellipsis.
    const style = getComputedStyle(message!);
    expect(style.display).toBe('block');
    expect(style.width).toBe('0px');
    expect(style.minWidth).toBe('100%');
    expect(style.overflow).toBe('hidden');
    expect(style.textOverflow).toBe('ellipsis');
  });

  it('show the whole message beside the cell while it has focus', async () => {
    applyStylesheet('src/features/calculator/calculator.css');
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    const minutes = screen.getByRole('textbox', { name: 'Minutes, visit 1' });
    await user.type(minutes, '4x');
    const whole = within(minutes.closest('td')!).getByText(/expected a whole number/, {
      selector: '.cell-error-full',
    });
    // Drawn beside the cell, taking no room; read once, as the cell's description.
    expect(whole).toHaveAttribute('aria-hidden', 'true');
    expect(getComputedStyle(whole).display).toBe('block');
    expect(getComputedStyle(whole).position).toBe('absolute');
  });

  it('show only the one line while the cell does not have focus', () => {
    applyStylesheet('src/features/calculator/calculator.css');
    useClaimStore
      .getState()
      .createDraft(
        'Bad minutes',
        draftFromClaimInput({ payer: 'medicare', visits: [{ id: 'V1', minutes: '4x' }] }),
      );
    render(<CalculatorView />);
    const cell = screen.getByRole('textbox', { name: 'Minutes, visit 1' }).closest('td')!;
    const whole = within(cell).getByText(/expected a whole number/, {
      selector: '.cell-error-full',
    });
    expect(getComputedStyle(whole).display).toBe('none');
  });
});
