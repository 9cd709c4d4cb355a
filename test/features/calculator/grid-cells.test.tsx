import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { applyStylesheet } from '../apply-stylesheet.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
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
  it('wrap within the column instead of widening it', async () => {
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
    // No width of its own (so it adds none to the column), the cell's width at least: the
    // column is as wide as the input with or without a message, and the message wraps in it.
    const style = getComputedStyle(message!);
    expect(style.display).toBe('block');
    expect(style.width).toBe('0px');
    expect(style.minWidth).toBe('100%');
    expect(style.whiteSpace).toBe('normal');
  });
});
