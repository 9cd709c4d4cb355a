import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { useChargeList } from '../../../src/state/charge-list.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';
import { draftVisits, shown, typeInCell } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  useGridColumns.getState().reset();
  useChargeList.getState().reset();
});

describe('around the visit grid', () => {
  it('shows no findings on a new, empty claim until something is entered', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(within(findings).queryByRole('heading', { name: /Errors/ })).toBeNull();
    expect(within(findings).getByText(/Findings show here as you enter the claim/)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    expect(within(findings).getByRole('heading', { name: /Errors/ })).toBeInTheDocument();
  });

  it('starts a Medicare visit at Home, and fills Charge from the charge list for new visits', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByText(/^Charges by discipline/));
    await user.type(
      screen.getByRole('textbox', { name: 'Charge for SN (Skilled nursing)' }),
      '175.00',
    );
    await user.type(
      screen.getByRole('textbox', { name: 'Charge for PT (Physical therapy)' }),
      '185.00',
    );

    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    expect(shown('Setting, visit 1')).toBe('Home');
    expect(shown('Charge, visit 1')).toBe('175.00');
    // A discipline typed over takes its listed charge along; a charge of the visit's own stays.
    await typeInCell(user, 'Discipline, visit 1', 'PT');
    expect(shown('Charge, visit 1')).toBe('185.00');
    await typeInCell(user, 'Charge, visit 1', '190.00');
    await typeInCell(user, 'Discipline, visit 1', 'SN');
    expect(shown('Charge, visit 1')).toBe('190.00');
  });

  it('hides the Medicare-only claim fields for a commercial payer and keeps what they hold', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.type(screen.getByRole('textbox', { name: 'HIPPS code' }), '1FC21');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type of bill' }), '032A');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Payer profile' }),
      'Blue Cross and Blue Shield of Illinois (RP005)',
    );
    for (const name of ['HIPPS code', 'LUPA threshold', 'NOA accepted date'])
      expect(screen.queryByRole('textbox', { name })).toBeNull();
    const billType = screen.getByRole('combobox', { name: 'Type of bill' });
    // The claim's own type of bill stays offered; the other Medicare-only ones are not.
    expect(within(billType).queryByRole('option', { name: /^0322/ })).toBeNull();
    expect(billType).toHaveValue('032A');

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Payer profile' }),
      'Medicare home health (HH PPS)',
    );
    expect(screen.getByRole('textbox', { name: 'HIPPS code' })).toHaveValue('1FC21');
    expect(within(billType).getByRole('option', { name: /^0322/ })).toBeInTheDocument();
  });

  it('opens a training scenario as a new draft from "Start from an example"', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByText('Start from an example'));
    // The scenarios load when the list is first opened.
    const example = await screen.findByRole(
      'combobox',
      { name: 'Example claim' },
      { timeout: 10_000 },
    );
    const title = within(example).getAllByRole('option')[0]!.textContent ?? '';
    await user.click(screen.getByRole('button', { name: 'Open as a new draft' }));
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue(title);
    expect(draftVisits().length).toBeGreaterThan(0);
  });
});
