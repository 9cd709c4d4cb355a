import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

describe('pasting visits', () => {
  it('adds the rows it can read and lists the others with row, column and problem', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByText('Paste visits from a spreadsheet'));
    await user.click(screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' }));
    await user.paste(
      'Date\tDiscipline\tCredential\tMinutes\n' +
        '2026-01-05\tSN\tRN\t50\n' +
        '2026-01-06\tSN\tRN\tlots\n' +
        '2026-01-07\tPT\tPT\t45\n',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
    // The paste reader loads on the first paste.
    expect(await screen.findByRole('textbox', { name: 'Minutes, visit 1' })).toHaveValue('50');
    expect(screen.getByRole('textbox', { name: 'Minutes, visit 2' })).toHaveValue('45');
    expect(screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' })).toHaveValue('');
    const report = screen.getByRole('status');
    expect(report).toHaveTextContent('Added 2 visits');
    expect(within(report).getByText(/Row 3, Minutes: "lots"/)).toBeInTheDocument();
  });

  it('takes rows pasted straight into a grid cell', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.click(screen.getByRole('textbox', { name: 'Minutes, visit 1' }));
    await user.paste('2026-01-05\tSN\tRN\t\t50\n2026-01-06\tSN\tLPN\t\t30');
    expect(await screen.findByRole('textbox', { name: 'Minutes, visit 2' })).toHaveValue('50');
    expect(screen.getByRole('combobox', { name: 'Credential, visit 3' })).toHaveValue('LPN');
    expect(screen.getByRole('textbox', { name: 'Minutes, visit 1' })).toHaveValue('');
  });
});

describe('drafts', () => {
  it('creates, renames, switches, duplicates and deletes drafts, and undoes a delete', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.type(screen.getByRole('textbox', { name: 'Minutes, visit 1' }), '50');

    await user.click(screen.getByRole('button', { name: 'New draft' }));
    const select = screen.getByRole('combobox', { name: 'Draft' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Draft 1', 'Draft 2']);
    expect(screen.queryByRole('textbox', { name: 'Minutes, visit 1' })).not.toBeInTheDocument();

    const name = screen.getByRole('textbox', { name: 'Draft name' });
    await user.clear(name);
    await user.type(name, 'Smith January');
    expect(within(select).getByRole('option', { name: 'Smith January' })).toBeInTheDocument();

    await user.selectOptions(select, 'Draft 1');
    expect(screen.getByRole('textbox', { name: 'Minutes, visit 1' })).toHaveValue('50');

    await user.click(screen.getByRole('button', { name: 'Duplicate draft' }));
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Draft 1 (copy)');
    expect(screen.getByRole('textbox', { name: 'Minutes, visit 1' })).toHaveValue('50');

    await user.click(screen.getByRole('button', { name: 'Delete draft' }));
    expect(
      within(select).queryByRole('option', { name: 'Draft 1 (copy)' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Draft 1 (copy)”');
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(within(select).getByRole('option', { name: 'Draft 1 (copy)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Draft 1 (copy)');
  });

  it('keeps undo history per draft', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.click(screen.getByRole('button', { name: 'New draft' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Draft' }), 'Draft 1');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByRole('textbox', { name: 'Date, visit 1' })).not.toBeInTheDocument();
  });
});
