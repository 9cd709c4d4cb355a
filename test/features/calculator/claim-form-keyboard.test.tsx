import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

async function expectFocusOn(element: () => HTMLElement) {
  await expect.poll(() => document.activeElement).toBe(element());
}

describe('adding rows to the claim form from the keyboard', () => {
  it.each([
    ['Add occurrence code', '{Enter}', 'Occurrence code'],
    ['Add value code', ' ', 'Value code'],
  ])('moves focus from "%s" to the new row’s code', async (button, key, codeLabel) => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    screen.getByRole('button', { name: button }).focus();
    await user.keyboard(key);
    await expectFocusOn(() => screen.getByRole('combobox', { name: `${codeLabel} 1` }));

    // The second row too, and Tab goes on through the row, not past it.
    screen.getByRole('button', { name: button }).focus();
    await user.keyboard(key);
    await expectFocusOn(() => screen.getByRole('combobox', { name: `${codeLabel} 2` }));
    await user.tab();
    expect(document.activeElement).toHaveAccessibleName(/ 2$/);
    expect(document.activeElement).toHaveRole('textbox');
  });

  it('moves focus from "Add item" to the new item’s revenue code', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    screen.getByRole('button', { name: 'Add item' }).focus();
    await user.keyboard('{Enter}');
    await expectFocusOn(() => screen.getByRole('combobox', { name: 'Item 1 revenue code' }));
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Item 1 HCPCS' })).toHaveFocus();
  });
});

describe('claim dates typed as coders type them', () => {
  it.each([
    ['Period from', '1/5/2026', '2026-01-05'],
    ['Period through', 'Feb 3, 2026', '2026-02-03'],
    ['Admission date', '01/05/26', '2026-01-05'],
  ])('%s typed as %s reads as %s on leaving the field', async (label, typed, read) => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.type(screen.getByRole('textbox', { name: label }), typed);
    await user.tab();
    expect(screen.getByRole('textbox', { name: label })).toHaveValue(read);
  });

  it('keeps a date it cannot read as typed', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.type(screen.getByRole('textbox', { name: 'Period from' }), '31/31/2026');
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Period from' })).toHaveValue('31/31/2026');
  });
});
