import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

function findingsList() {
  return screen.getByRole('region', { name: /findings/i });
}

// Every keystroke redraws the whole calculator (in React's slower development build here), so
// a figure a coder copies from a report (an amount, a date) is pasted as one entry; typing is
// kept to the test about keystrokes.

describe('occurrence and value codes', () => {
  it('adds a value code with its amount, and the missing-61 finding goes away', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    // A new claim shows no findings until something is entered.
    expect(within(findingsList()).queryByText(/Add value code 61/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    expect(within(findingsList()).getByText(/Add value code 61/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add value code' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Value code 1' }), '61');
    await user.click(screen.getByRole('textbox', { name: 'Value 1' }));
    await user.paste('16974.00');

    expect(screen.getByRole('textbox', { name: 'Value 1' })).toHaveValue('16974.00');
    expect(within(findingsList()).queryByText(/Add value code 61/)).not.toBeInTheDocument();
  });

  it('explains a bad occurrence date at its field, and removes the code', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add occurrence code' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Occurrence code 1' }), '55');
    const date = screen.getByRole('textbox', { name: 'Occurrence date 1' });
    await user.click(date);
    await user.paste('2026-13-01');

    expect(date).toHaveValue('2026-13-01');
    expect(date).toHaveAccessibleDescription(/not a real date: there is no month 13/);

    await user.click(screen.getByRole('button', { name: 'Remove occurrence code 1' }));
    expect(screen.queryByRole('textbox', { name: 'Occurrence date 1' })).not.toBeInTheDocument();
  });

  it('undoes typing in a code list field as one step', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add value code' }));
    await user.type(screen.getByRole('textbox', { name: 'Value 1' }), '170');
    await user.keyboard('{Control>}z{/Control}');
    expect(screen.getByRole('textbox', { name: 'Value 1' })).toHaveValue('');
  });
});
