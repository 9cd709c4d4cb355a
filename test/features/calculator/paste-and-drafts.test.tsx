import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { cell, findCell, queryCell, shown, typeInCell } from './grid-helpers.ts';

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
    // The paste reader loads on the first paste; a busy machine may take seconds.
    await findCell('Minutes, visit 1', 15_000);
    expect(shown('Minutes, visit 1')).toBe('50');
    expect(shown('Minutes, visit 2')).toBe('45');
    // The report may render a moment after the new visits.
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent('Added 2 visits');
    // Numbered as the row now stands in the box: the header, then the row to correct.
    expect(within(report).getByText(/^Row 2, Minutes: /)).toBeInTheDocument();
  });

  it('keeps the rows that could not be read in the box, under the header, to correct and add again', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByText('Paste visits from a spreadsheet'));
    const box = screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' });
    await user.click(box);
    await user.paste(
      'Date\tDiscipline\tCredential\tMinutes\n' +
        '2026-01-05\tSN\tRN\t50\n' +
        '2026-01-06\tSN\tRN\tlots\n' +
        '2026-01-07\tPT\tPT\t45\n' +
        'next Tuesday\tSN\tRN\t30\n',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
    await findCell('Minutes, visit 2', 15_000);
    expect(shown('Minutes, visit 2')).toBe('45');
    // The box takes the unread rows once the paste is read, a moment after the visits appear.
    await waitFor(() =>
      expect(box).toHaveValue(
        'Date\tDiscipline\tCredential\tMinutes\n' +
          '2026-01-06\tSN\tRN\tlots\n' +
          'next Tuesday\tSN\tRN\t30',
      ),
    );
    const report = await screen.findByRole('status');
    expect(report).toHaveTextContent(/2 rows could not be read and are left in the box below/);
    expect(within(report).getByText(/^Row 2, Minutes: /)).toBeInTheDocument();
    expect(within(report).getByText(/^Row 3, Date: /)).toBeInTheDocument();

    // Corrected in the box, the rows are added; nothing is left.
    await user.clear(box);
    await user.click(box);
    await user.paste(
      'Date\tDiscipline\tCredential\tMinutes\n2026-01-06\tSN\tRN\t40\n2026-01-08\tSN\tRN\t30',
    );
    await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
    await findCell('Minutes, visit 4', 15_000);
    await waitFor(() => expect(shown('Minutes, visit 4')).toBe('30'));
    expect(shown('Minutes, visit 3')).toBe('40');
    await waitFor(() => expect(box).toHaveValue(''));
    // The first paste's report stays until the second's replaces it.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Added 2 visits.'));
  });

  it('keeps only the unread rows of a paste without a header', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByText('Paste visits from a spreadsheet'));
    const box = screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' });
    await user.click(box);
    await user.paste('2026-01-05\tSN\tRN\t\t50\n2026-01-06\tXX\tRN\t\t30\n');
    await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
    await findCell('Minutes, visit 1');
    expect(shown('Minutes, visit 1')).toBe('50');
    await waitFor(() => expect(box).toHaveValue('2026-01-06\tXX\tRN\t\t30'));
    expect(
      within(await screen.findByRole('status')).getByText(/^Row 1, Discipline: /),
    ).toBeInTheDocument();
  });

  it('takes rows pasted straight into a grid cell', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    // Into a cell, rows without a header fill the grid from that cell, as in a spreadsheet.
    await user.click(cell('Date, visit 1'));
    await user.paste('2026-01-05\tSN\tRN\t\t50\n2026-01-06\tSN\tLPN\t\t30');
    await findCell('Minutes, visit 2');
    expect(shown('Minutes, visit 2')).toBe('30');
    expect(shown('Credential, visit 2')).toBe('LPN');
    expect(shown('Minutes, visit 1')).toBe('50');
    expect(queryCell('Minutes, visit 3')).toBeNull();
  });
});

describe('drafts', () => {
  it('creates, renames, switches, duplicates and deletes drafts, and undoes a delete', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await typeInCell(user, 'Minutes, visit 1', '50');

    await user.click(screen.getByRole('button', { name: 'New draft' }));
    const select = screen.getByRole('combobox', { name: 'Draft' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Draft 1', 'Draft 2']);
    expect(queryCell('Minutes, visit 1')).not.toBeInTheDocument();

    const name = screen.getByRole('textbox', { name: 'Draft name' });
    await user.clear(name);
    await user.type(name, 'Smith January');
    expect(within(select).getByRole('option', { name: 'Smith January' })).toBeInTheDocument();

    await user.selectOptions(select, 'Draft 1');
    expect(shown('Minutes, visit 1')).toBe('50');

    await user.click(screen.getByRole('button', { name: 'Duplicate draft' }));
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Draft 1 (copy)');
    expect(shown('Minutes, visit 1')).toBe('50');

    await user.click(screen.getByRole('button', { name: 'Delete draft' }));
    expect(
      within(select).queryByRole('option', { name: 'Draft 1 (copy)' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Deleted “Draft 1 (copy)”');
    await user.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(within(select).getByRole('option', { name: 'Draft 1 (copy)' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Draft name' })).toHaveValue('Draft 1 (copy)');
  });

  it('names a deleted draft that has no name by the name it is listed under', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'New draft' }));
    await user.clear(screen.getByRole('textbox', { name: 'Draft name' }));
    const select = screen.getByRole('combobox', { name: 'Draft' });
    expect(within(select).getByRole('option', { selected: true })).toHaveTextContent(
      'Untitled draft',
    );
    await user.click(screen.getByRole('button', { name: 'Delete draft' }));
    const notice = screen.getByRole('status');
    expect(notice).toHaveTextContent('Deleted “Untitled draft”.');
    expect(notice).not.toHaveTextContent('“”');
  });

  it('keeps undo history per draft', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.click(screen.getByRole('button', { name: 'New draft' }));
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Draft' }), 'Draft 1');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(queryCell('Date, visit 1')).not.toBeInTheDocument();
  });
});
