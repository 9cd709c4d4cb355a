import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { blankVisit } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';
import { cell, findCell, queryCell, shown } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // Every column shown: pasted cells fill the visible columns, and these rows use them all.
  useGridColumns.getState().showAll();
});

const visitCount = () => selectActiveClaim(useClaimStore.getState()).visits.length;

/** Two visits: visit 1 with 30 minutes, visit 2 with 40. */
function renderTwoVisits() {
  useClaimStore.getState().appendVisits(
    // appendVisits gives each visit its own id; blankVisit fills the fields not named here.
    ['30', '40'].map((minutes, i) =>
      blankVisit('V', { date: `2026-01-0${5 + i}`, discipline: 'SN', credential: 'RN', minutes }),
    ),
  );
  render(<CalculatorView />);
}

/** Pastes as Excel or Google Sheets put cells on the clipboard, into the active cell. */
function paste(target: HTMLElement, text: string) {
  fireEvent.mouseDown(target);
  fireEvent.paste(target, { clipboardData: { getData: () => text } });
}

describe('pasting cells into a grid cell', () => {
  it('fills Minutes, Start and End from the Minutes cell, keeping focus there', async () => {
    renderTwoVisits();
    paste(cell('Minutes, visit 2'), '45\t10:00\t10:45');

    // The paste reader loads on the first paste, which may take a moment.
    expect(
      await screen.findByText(/^Filled 3 cells/, undefined, { timeout: 10_000 }),
    ).toHaveTextContent(
      'Filled 3 cells in visit 2, from Minutes to End. 1 value replaced; Ctrl+Z undoes the paste.',
    );
    expect(shown('Minutes, visit 2')).toBe('45');
    expect(shown('Start, visit 2')).toBe('10:00');
    expect(shown('End, visit 2')).toBe('10:45');
    expect(shown('Minutes, visit 1')).toBe('30');
    expect(visitCount()).toBe(2);
    expect(cell('Minutes, visit 2')).toHaveFocus();
  });

  it('adds a visit when two rows are pasted into the last of two visits', async () => {
    renderTwoVisits();
    paste(cell('Minutes, visit 2'), '45\t10:00\t10:45\r\n50\t11:00\t11:50\r\n');

    await findCell('Minutes, visit 3');
    expect(shown('Minutes, visit 3')).toBe('50');
    expect(shown('End, visit 3')).toBe('11:50');
    expect(shown('Minutes, visit 2')).toBe('45');
    // The new visit is made as "Add visit" makes it: the visit before's date, discipline and
    // credential.
    expect(shown('Date, visit 3')).toBe('2026-01-06');
    // The report may render a moment after the new visit.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Filled 6 cells in visits 2–3, from Minutes to End. Added 1 visit',
    );
  });

  it('skips a hidden column', async () => {
    useGridColumns.getState().setShown('start', false);
    renderTwoVisits();
    paste(cell('Minutes, visit 1'), '45\t10:45');

    expect(await screen.findByText(/^Filled 2 cells/)).toHaveTextContent('from Minutes to End');
    expect(shown('End, visit 1')).toBe('10:45');
    useGridColumns.getState().showAll();
    await findCell('Start, visit 1');
    expect(shown('Start, visit 1')).toBe('');
  });

  it('reports the values past the last column and does not store them', async () => {
    renderTwoVisits();
    paste(cell('Entered units, visit 1'), '3\t150.00\tKX\textra\t9');

    expect(await screen.findByText(/^Filled 3 cells/)).toHaveTextContent(
      'Filled 3 cells in visit 1, from Entered units to Modifiers. 2 values past the grid’s last column were left out; they are still on the clipboard.',
    );
    expect(shown('Entered units, visit 1')).toBe('3');
    expect(shown('Charge, visit 1')).toBe('150.00');
    expect(shown('Modifiers, visit 1')).toBe('KX');
    expect(JSON.stringify(selectActiveClaim(useClaimStore.getState()))).not.toContain('extra');
  });

  it('undoes the whole paste with one Ctrl+Z', async () => {
    const user = userEvent.setup();
    renderTwoVisits();
    paste(cell('Minutes, visit 1'), '45\t10:00\t10:45\n50\t11:00\t11:50\n55\t12:00\t12:55');
    await findCell('Minutes, visit 3');
    expect(shown('Minutes, visit 3')).toBe('55');

    await user.keyboard('{Control>}z{/Control}');

    expect(queryCell('Minutes, visit 3')).toBeNull();
    expect(shown('Minutes, visit 1')).toBe('30');
    expect(shown('Minutes, visit 2')).toBe('40');
    expect(shown('Start, visit 1')).toBe('');
    expect(shown('End, visit 2')).toBe('');
  });

  it('still adds visits when the rows start with a header row', async () => {
    renderTwoVisits();
    paste(
      cell('Minutes, visit 1'),
      'Date\tDiscipline\tCredential\tMinutes\n2026-01-07\tPT\tPT\t55',
    );

    await findCell('Minutes, visit 3');
    expect(shown('Minutes, visit 3')).toBe('55');
    expect(shown('Minutes, visit 1')).toBe('30');
    expect(await screen.findByRole('status')).toHaveTextContent('Added 1 visit.');
  });

  it('reads "rn" as RN in a dropdown column and keeps a value it does not know as typed', async () => {
    renderTwoVisits();
    useClaimStore.getState().editVisit('V2', 'credential', 'LPN');
    await findCell('Credential, visit 2: LPN');
    paste(cell('Credential, visit 2'), 'rn\thospice aide');

    expect(await screen.findByText(/^Filled 2 cells/)).toBeInTheDocument();
    expect(shown('Credential, visit 2')).toBe('RN');
    expect(shown('Service, visit 2')).toBe('hospice aide');
    expect(cell('Service, visit 2')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Credential, visit 2')).toHaveFocus();
  });

  it('puts a single value into the active cell, as one undo step', async () => {
    const user = userEvent.setup();
    renderTwoVisits();
    paste(cell('Minutes, visit 1'), '45');
    expect(shown('Minutes, visit 1')).toBe('45');
    expect(screen.queryByRole('status')).toBeNull();
    await user.keyboard('{Control>}z{/Control}');
    expect(shown('Minutes, visit 1')).toBe('30');
  });

  it('leaves a single value pasted into an open editor to the editor', async () => {
    const user = userEvent.setup();
    renderTwoVisits();
    await user.click(cell('Minutes, visit 1'));
    await user.keyboard('{F2}');
    const editor = screen.getByRole('textbox', { name: 'Minutes, visit 1' });
    const event = fireEvent.paste(editor, { clipboardData: { getData: () => '45' } });
    expect(event).toBe(true);
  });
});
