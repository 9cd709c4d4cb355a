import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { blankVisit } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // Every column shown: pasted cells fill the visible columns, and these rows use them all.
  useGridColumns.getState().showAll();
});

const textbox = (name: string) => screen.getByRole('textbox', { name });
const combobox = (name: string) => screen.getByRole('combobox', { name });
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

/** Pastes as Excel or Google Sheets put cells on the clipboard, into a focused cell. */
function paste(cell: HTMLElement, text: string) {
  cell.focus();
  fireEvent.paste(cell, { clipboardData: { getData: () => text } });
}

describe('pasting cells into a grid cell', () => {
  it('fills Minutes, Start and End from the Minutes cell, keeping focus there', async () => {
    renderTwoVisits();
    const minutes = textbox('Minutes, visit 2');
    paste(minutes, '45\t10:00\t10:45');

    expect(await screen.findByText(/^Filled 3 cells/)).toHaveTextContent(
      'Filled 3 cells in visit 2, from Minutes to End. 1 value replaced; Ctrl+Z undoes the paste.',
    );
    expect(minutes).toHaveValue('45');
    expect(textbox('Start, visit 2')).toHaveValue('10:00');
    expect(textbox('End, visit 2')).toHaveValue('10:45');
    expect(textbox('Minutes, visit 1')).toHaveValue('30');
    expect(visitCount()).toBe(2);
    expect(minutes).toHaveFocus();
  });

  it('adds a visit when two rows are pasted into the last of two visits', async () => {
    renderTwoVisits();
    paste(textbox('Minutes, visit 2'), '45\t10:00\t10:45\r\n50\t11:00\t11:50\r\n');

    expect(await screen.findByRole('textbox', { name: 'Minutes, visit 3' })).toHaveValue('50');
    expect(textbox('End, visit 3')).toHaveValue('11:50');
    expect(textbox('Minutes, visit 2')).toHaveValue('45');
    // The new visit is made as "Add visit" makes it: the visit before's date, discipline and
    // credential.
    expect(textbox('Date, visit 3')).toHaveValue('2026-01-06');
    // The report may render a moment after the new visit.
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Filled 6 cells in visits 2–3, from Minutes to End. Added 1 visit',
    );
  });

  it('skips a hidden column', async () => {
    useGridColumns.getState().setShown('start', false);
    renderTwoVisits();
    paste(textbox('Minutes, visit 1'), '45\t10:45');

    expect(await screen.findByText(/^Filled 2 cells/)).toHaveTextContent('from Minutes to End');
    expect(textbox('End, visit 1')).toHaveValue('10:45');
    useGridColumns.getState().showAll();
    expect(await screen.findByRole('textbox', { name: 'Start, visit 1' })).toHaveValue('');
  });

  it('reports the values past the last column and does not store them', async () => {
    renderTwoVisits();
    paste(textbox('Entered units, visit 1'), '3\t150.00\textra\t9');

    expect(await screen.findByText(/^Filled 2 cells/)).toHaveTextContent(
      'Filled 2 cells in visit 1, from Entered units to Charge. 2 values past the grid’s last column were left out; they are still on the clipboard.',
    );
    expect(textbox('Entered units, visit 1')).toHaveValue('3');
    expect(textbox('Charge, visit 1')).toHaveValue('150.00');
    expect(JSON.stringify(selectActiveClaim(useClaimStore.getState()))).not.toContain('extra');
  });

  it('undoes the whole paste with one Ctrl+Z', async () => {
    const user = userEvent.setup();
    renderTwoVisits();
    paste(textbox('Minutes, visit 1'), '45\t10:00\t10:45\n50\t11:00\t11:50\n55\t12:00\t12:55');
    expect(await screen.findByRole('textbox', { name: 'Minutes, visit 3' })).toHaveValue('55');

    await user.keyboard('{Control>}z{/Control}');

    expect(screen.queryByRole('textbox', { name: 'Minutes, visit 3' })).toBeNull();
    expect(textbox('Minutes, visit 1')).toHaveValue('30');
    expect(textbox('Minutes, visit 2')).toHaveValue('40');
    expect(textbox('Start, visit 1')).toHaveValue('');
    expect(textbox('End, visit 2')).toHaveValue('');
  });

  it('still adds visits when the rows start with a header row', async () => {
    renderTwoVisits();
    paste(
      textbox('Minutes, visit 1'),
      'Date\tDiscipline\tCredential\tMinutes\n2026-01-07\tPT\tPT\t55',
    );

    expect(await screen.findByRole('textbox', { name: 'Minutes, visit 3' })).toHaveValue('55');
    expect(textbox('Minutes, visit 1')).toHaveValue('30');
    expect(await screen.findByRole('status')).toHaveTextContent('Added 1 visit.');
  });

  it('reads "rn" as RN in a dropdown column and keeps a value it does not know as typed', async () => {
    renderTwoVisits();
    useClaimStore.getState().editVisit('V2', 'credential', 'LPN');
    const credential = await screen.findByRole('combobox', { name: 'Credential, visit 2' });
    paste(credential, 'rn\thospice aide');

    expect(await screen.findByText(/^Filled 2 cells/)).toBeInTheDocument();
    expect(credential).toHaveValue('RN');
    const service = combobox('Service, visit 2');
    expect(service).toHaveValue('hospice aide');
    expect(service).toHaveDisplayValue('hospice aide (not recognised)');
    expect(credential).toHaveFocus();
  });

  it('leaves a single value to the cell, as typing would', () => {
    renderTwoVisits();
    const minutes = textbox('Minutes, visit 1');
    minutes.focus();
    const event = fireEvent.paste(minutes, { clipboardData: { getData: () => '45' } });
    expect(event).toBe(true);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
