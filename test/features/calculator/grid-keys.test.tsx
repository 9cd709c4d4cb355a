import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  useGridColumns.getState().reset();
});

/** The grid cell whose accessible name starts with `name` ("Minutes, visit 2"). */
const cell = (name: string) => screen.getByRole('gridcell', { name: new RegExp(`^${name}(:|$)`) });
const visits = () => selectActiveClaim(useClaimStore.getState()).visits;
const values = (field: 'minutes' | 'credential' | 'discipline' | 'date') =>
  visits().map((visit) => visit[field]);

function openVisits(
  rows: { date?: string; discipline?: string; credential?: string; minutes?: string }[],
) {
  useClaimStore.getState().createDraft(
    'Grid',
    draftFromClaimInput({
      payer: 'medicare',
      from: '2026-01-05',
      through: '2026-02-03',
      visits: rows.map((row, i) => ({ id: `V${i + 1}`, ...row })),
    }),
  );
  render(<CalculatorView />);
}

const twoVisits = () =>
  openVisits([
    { date: '2026-01-05', discipline: 'SN', credential: 'RN', minutes: '50' },
    { date: '2026-01-06', discipline: 'PT', credential: 'PT', minutes: '40' },
  ]);

describe('moving in the visit grid', () => {
  it('moves the active cell with the arrows and never changes a value', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Credential, visit 2'));
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}{ArrowUp}{ArrowRight}{ArrowLeft}');
    expect(cell('Credential, visit 1')).toHaveFocus();
    expect(values('credential')).toEqual(['RN', 'PT']);
    expect(values('discipline')).toEqual(['SN', 'PT']);
  });

  it.each([
    ['{Home}', 'Visit 2'],
    ['{End}', 'Delete visit 2'],
    ['{Control>}{Home}{/Control}', 'Visit 1'],
    ['{Control>}{End}{/Control}', 'Delete visit 2'],
    ['{PageUp}', 'Minutes, visit 1'],
  ])('moves with %s to %s', async (keys, name) => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 2'));
    await user.keyboard(keys);
    const target = /^Visit|^Delete/.test(name) ? screen.getByRole('button', { name }) : cell(name);
    expect(target).toHaveFocus();
  });

  it('is one Tab stop: only the active cell can take focus with Tab', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 1'));
    const grid = screen.getByRole('grid', { name: 'Visits' });
    const stops = [...grid.querySelectorAll('[tabindex="0"]')];
    expect(stops).toEqual([cell('Minutes, visit 1')]);
    expect(grid).toHaveAttribute('aria-rowcount', '3');
    expect(cell('Minutes, visit 1')).toHaveAttribute('aria-colindex');
    expect(screen.getByRole('button', { name: 'Visit 2' })).toBeInTheDocument();
  });
});

describe('editing a cell', () => {
  it('replaces the value when a character is typed, and Enter moves down', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 1'));
    await user.keyboard('45');
    expect(screen.getByRole('textbox', { name: 'Minutes, visit 1' })).toHaveValue('45');
    // Minutes follow the typing: the units change before Enter.
    expect(values('minutes')).toEqual(['45', '40']);
    await user.keyboard('{Enter}');
    expect(cell('Minutes, visit 2')).toHaveFocus();
    expect(cell('Minutes, visit 1')).toHaveAccessibleName('Minutes, visit 1: 45');
  });

  it('edits in place with F2 and with a double click', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 1'));
    await user.keyboard('{F2}5{Enter}');
    expect(values('minutes')).toEqual(['505', '40']);
    await user.dblClick(cell('Minutes, visit 2'));
    await user.keyboard('0{Tab}');
    expect(values('minutes')).toEqual(['505', '400']);
    expect(cell('Start, visit 2')).toHaveFocus();
  });

  it('cancels an edit with Escape, leaving the value and the undo history as they were', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 1'));
    await user.keyboard('99');
    expect(values('minutes')).toEqual(['99', '40']);
    await user.keyboard('{Escape}');
    expect(values('minutes')).toEqual(['50', '40']);
    expect(cell('Minutes, visit 1')).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await user.keyboard('{ArrowRight}10:00{Escape}');
    expect(visits()[0]?.start).toBe('');
  });

  it('clears the active cell, or a selected range, with Delete or Backspace', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 1'));
    await user.keyboard('{Delete}');
    expect(values('minutes')).toEqual(['', '40']);
    // Minutes, service and credential of visit 2; the discipline stays.
    await user.keyboard('{ArrowDown}{Shift>}{ArrowLeft}{ArrowLeft}{/Shift}{Backspace}');
    expect(values('minutes')).toEqual(['', '']);
    expect(values('credential')).toEqual(['RN', '']);
    expect(values('discipline')).toEqual(['SN', 'PT']);
  });

  it('returns Enter to the column a run of Tabs started in, as a spreadsheet does', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Date, visit 1'));
    await user.keyboard('{Tab}{Tab}{Tab}{Tab}{Enter}');
    expect(cell('Date, visit 2')).toHaveFocus();
    await user.keyboard('{Tab}{Shift>}{Tab}{/Shift}');
    expect(cell('Date, visit 2')).toHaveFocus();
  });
});

describe('code cells', () => {
  it('keep "PT" as PT when it is typed over PT, and "SN" as SN', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Credential, visit 2'));
    await user.keyboard('PT{Tab}');
    expect(values('credential')).toEqual(['RN', 'PT']);
    await user.click(cell('Discipline, visit 1'));
    await user.keyboard('SN{Enter}');
    expect(values('discipline')).toEqual(['SN', 'PT']);
  });

  it('never turn a letter into another code: "S" over SN stays "S", marked', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Discipline, visit 1'));
    await user.keyboard('S{Enter}');
    expect(values('discipline')).toEqual(['S', 'PT']);
    expect(cell('Discipline, visit 1')).toHaveAttribute('aria-invalid', 'true');
    expect(cell('Discipline, visit 1')).toHaveAccessibleDescription(/SN, PT, OT.*"S"/);
  });

  it('read a name as its code and offer a short list of choices while typing', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Credential, visit 1'));
    await user.keyboard('licensed practical nurse{Enter}');
    expect(values('credential')).toEqual(['LPN', 'PT']);

    await user.click(cell('Credential, visit 2'));
    await user.keyboard('PT');
    const editor = screen.getByRole('combobox', { name: 'Credential, visit 2' });
    const list = screen.getByRole('listbox', { name: 'Choices for Credential, visit 2' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['PT Physical therapist', 'PTA Physical therapist assistant']);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(editor).toHaveAttribute(
      'aria-activedescendant',
      within(list).getAllByRole('option')[1]!.id,
    );
    await user.keyboard('{Tab}');
    expect(values('credential')).toEqual(['LPN', 'PTA']);
  });
});

describe('typed values read as coders type them', () => {
  it.each([
    ['Discipline', 'HHA', 'AIDE'],
    ['Credential', 'LVN', 'LPN'],
    ['Credential', 'registered nurse', 'RN'],
    ['Date', '1/7', '2026-01-07'],
    ['Date', '1/7/2026', '2026-01-07'],
    ['Start', '9:05 AM', '09:05'],
    ['Minutes', '1:05', '65'],
    ['Charge', '$1,250', '1250.00'],
  ])('reads %s "%s" as %s', async (column, typed, stored) => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell(`${column}, visit 1`));
    await user.keyboard(`${typed}{Tab}`);
    // Shown back in the grid's own form.
    expect(cell(`${column}, visit 1`)).toHaveAccessibleName(`${column}, visit 1: ${stored}`);
    const field = column === 'Start' ? 'start' : column.toLowerCase();
    expect(visits()[0]?.[field as 'date']).toBe(stored);
  });
});

describe('adding, filling and copying', () => {
  it('adds a visit with Enter on the last visit, copying its date, discipline and credential', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Minutes, visit 2'));
    await user.keyboard('{Enter}');
    expect(visits()).toHaveLength(3);
    expect(cell('Minutes, visit 3')).toHaveFocus();
    expect(visits()[2]).toMatchObject({
      date: '2026-01-06',
      discipline: 'PT',
      credential: 'PT',
      minutes: '',
    });
    await user.keyboard('30{Enter}');
    expect(visits()).toHaveLength(4);
    expect(values('minutes')).toEqual(['50', '40', '30', '']);
  });

  it('fills the active cell from the visit above with Ctrl+D, and one Ctrl+Z undoes it', async () => {
    const user = userEvent.setup();
    openVisits([
      { date: '2026-01-05', discipline: 'SN', credential: 'RN', minutes: '50' },
      { date: '2026-01-06', discipline: 'SN', credential: 'LPN', minutes: '40' },
      { date: '2026-01-07', discipline: 'SN', credential: 'LPN', minutes: '30' },
    ]);
    await user.click(cell('Minutes, visit 2'));
    await user.keyboard('{Control>}d{/Control}');
    expect(values('minutes')).toEqual(['50', '50', '30']);

    // A range fills from its first visit, every column of it in one step.
    await user.click(cell('Credential, visit 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowDown}{ArrowRight}{ArrowRight}{/Shift}');
    await user.keyboard('{Control>}d{/Control}');
    expect(values('credential')).toEqual(['RN', 'RN', 'RN']);
    await user.keyboard('{Control>}z{/Control}');
    expect(values('credential')).toEqual(['RN', 'LPN', 'LPN']);
    expect(values('minutes')).toEqual(['50', '50', '30']);
  });

  it('copies a selected range as tab-separated text', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.click(cell('Date, visit 1'));
    await user.keyboard('{Shift>}{ArrowDown}{ArrowRight}{ArrowRight}{/Shift}');
    expect(cell('Discipline, visit 2')).toHaveAttribute('aria-selected', 'true');
    let copied = '';
    fireEvent.copy(document.activeElement!, {
      clipboardData: { setData: (_type: string, text: string) => (copied = text) },
    });
    expect(copied).toBe('2026-01-05\tSN\tRN\n2026-01-06\tPT\tPT');
  });

  it('selects a range with a mouse drag', async () => {
    const user = userEvent.setup();
    twoVisits();
    await user.pointer([
      { keys: '[MouseLeft>]', target: cell('Date, visit 1') },
      { target: cell('Credential, visit 2') },
      { keys: '[/MouseLeft]' },
    ]);
    expect(cell('Discipline, visit 1')).toHaveAttribute('aria-selected', 'true');
    expect(cell('Minutes, visit 1')).toHaveAttribute('aria-selected', 'false');
    expect(cell('Credential, visit 2')).toHaveFocus();
  });
});
