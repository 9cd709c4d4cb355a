import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { useGridColumns } from '../../../src/state/grid-columns.ts';
import { cell, queryCell, shown, typeInCell, visitCount } from './grid-helpers.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // These tests type into the optional columns (travel minutes, mode, days monitored).
  useGridColumns.getState().showAll();
});

function visitsTable() {
  return screen.getByRole('grid', { name: 'Visits' });
}

async function addVisit(user: ReturnType<typeof userEvent.setup>, date: string, minutes: string) {
  await user.click(screen.getByRole('button', { name: 'Add visit' }));
  const number = visitCount();
  // The new visit's date cell is active: typing replaces it.
  await user.keyboard(`${date}{Tab}`);
  if (minutes !== '') await typeInCell(user, `Minutes, visit ${number}`, minutes);
  return number;
}

describe('CalculatorView', () => {
  it('shows the G-code, revenue code and units of a visit as it is typed', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '50');
    const grid = visitsTable();
    expect(within(grid).getByRole('link', { name: 'G0299' })).toHaveAttribute(
      'href',
      '#/reference/hcpcs/G0299',
    );
    const row = within(grid).getAllByRole('row')[1];
    expect(row).toBeDefined();
    expect(within(row!).getByText('0551')).toBeInTheDocument();
    expect(within(row!).getByText('3')).toBeInTheDocument();
    expect(within(row!).getByText('15 minute')).toBeInTheDocument();
    const lines = await screen.findByRole('table', { name: 'Claim lines (UB-04)' });
    expect(within(lines).getAllByRole('link', { name: 'G0299' })).toHaveLength(1);
  });

  it('labels every editable cell with its column and the visit number', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    for (const name of [
      'Date',
      'Minutes',
      'Start',
      'End',
      'Travel minutes',
      'Charge',
      'Discipline',
      'Credential',
      'Service',
      'Mode',
      'Setting',
    ])
      expect(cell(`${name}, visit 2`)).toBeInTheDocument();
  });

  it('bills remote monitoring with G0322 for the days monitored', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '');
    await typeInCell(user, 'Mode, visit 1', 'remote-monitoring');
    await typeInCell(user, 'Days monitored, visit 1', '12');
    const row = within(visitsTable()).getAllByRole('row')[1]!;
    expect(within(row).getByRole('link', { name: 'G0322' })).toBeInTheDocument();
    expect(within(row).getByText('12', { selector: '.units-result' })).toBeInTheDocument();
  });

  it('puts a supply item on the claim lines with its HCPCS, date, units and charge', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add item' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: /^Item 1 revenue code/ }),
      '0274',
    );
    // Each value goes in as one entry: every keystroke re-evaluates the claim and redraws the
    // calculator, and typing is not what this test is about.
    for (const [field, value] of [
      ['HCPCS', 'A4550'],
      ['date', '2026-01-05'],
      ['units', '3'],
      ['charge', '12.50'],
    ] as const) {
      await user.clear(screen.getByRole('textbox', { name: `Item 1 ${field}` }));
      await user.paste(value);
    }
    const lines = await screen.findByRole('table', { name: 'Claim lines (UB-04)' });
    const row = within(lines).getByRole('row', { name: /0274/ });
    expect(row).toHaveTextContent('A4550');
    expect(row).toHaveTextContent('2026-01-05');
    expect(row).toHaveTextContent('$12.50');
  });

  it('copies the date, discipline and credential of the previous visit into a new one', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-07', '30');
    await typeInCell(user, 'Discipline, visit 1', 'PT');
    await typeInCell(user, 'Credential, visit 1', 'PTA');
    await user.click(screen.getByRole('button', { name: 'Add visit' }));
    expect(shown('Date, visit 2')).toBe('2026-01-07');
    expect(shown('Discipline, visit 2')).toBe('PT');
    expect(shown('Credential, visit 2')).toBe('PTA');
  });

  it('marks a row with findings and lists them by severity', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '5');
    expect(
      within(visitsTable()).getByRole('button', { name: /^Findings, visit 1: .*1 warning/ }),
    ).toBeInTheDocument();
    const findings = await screen.findByRole('region', { name: 'Findings' });
    expect(within(findings).getByRole('heading', { name: /Warnings/ })).toBeInTheDocument();
    expect(within(findings).getByRole('link', { name: 'short-visit' })).toHaveAttribute(
      'href',
      '#/reference/findings/short-visit',
    );
  });

  it('keeps a bad value as typed, explains it, and keeps computing the rest', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '50');
    await addVisit(user, '2026-01-06', '4x');
    const bad = cell('Minutes, visit 2');
    expect(shown('Minutes, visit 2')).toBe('4x');
    expect(bad).toHaveAttribute('aria-invalid', 'true');
    expect(bad).toHaveAccessibleDescription(/^Expected a whole number/);
    expect(within(visitsTable()).getAllByText('G0299')).toHaveLength(2);
    expect(cell('Minutes, visit 1')).not.toHaveAttribute('aria-invalid');
  });

  it('moves focus to the row and field of a finding that is chosen', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '50');
    await addVisit(user, '2026-01-06', '4x');
    const findings = await screen.findByRole('region', { name: 'Findings' });
    await user.click(within(findings).getByRole('button', { name: 'Go to visit 2, Minutes' }));
    await expect.poll(() => document.activeElement).toBe(cell('Minutes, visit 2'));
  });

  it('duplicates, inserts and deletes visits', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '50');
    await user.click(screen.getByRole('button', { name: 'Duplicate visit 1' }));
    expect(shown('Minutes, visit 2')).toBe('50');
    await user.click(screen.getByRole('button', { name: 'Insert visit above visit 2' }));
    expect(shown('Minutes, visit 2')).toBe('');
    expect(shown('Minutes, visit 3')).toBe('50');
    await user.click(screen.getByRole('button', { name: 'Delete visit 2' }));
    expect(queryCell('Minutes, visit 3')).not.toBeInTheDocument();
  });

  it('shows the math for a visit and its units under every payer profile', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    // The example: 30 minutes in the home with 25 of travel beside them bill 2 units.
    await addVisit(user, '2026-03-10', '30');
    await typeInCell(user, 'Travel minutes, visit 1', '25');
    await user.click(screen.getByRole('button', { name: 'Visit 1' }));
    const math = await screen.findByRole('region', { name: 'Visit 1: the math' });
    expect(within(math).getByText(/Travel \(not counted\)/)).toBeInTheDocument();
    expect(within(math).getByText('25 beside')).toBeInTheDocument();
    expect(
      within(math).getByText(/30 minutes falls in 23–37 minutes, which is 2 units/),
    ).toBeInTheDocument();
    const compare = within(math).getByRole('table', { name: 'Visit 1 under every payer profile' });
    expect(within(compare).getAllByRole('row')).toHaveLength(3);
  });

  it('splits a visit into activities and codes it by the longest one', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '');
    await user.click(screen.getByRole('button', { name: 'Visit 1' }));
    await user.click(await screen.findByRole('button', { name: 'Split into activities' }));
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Activity 1 service' }),
      'direct',
    );
    await user.type(screen.getByRole('textbox', { name: 'Activity 1 minutes' }), '20');
    await user.click(screen.getByRole('button', { name: 'Add activity' }));
    // The new activity is drawn above the button: focus moves to it, so Tab does not skip it.
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: 'Activity 2 service' })).toHaveFocus(),
    );
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Activity 2 service' }),
      'training',
    );
    await user.type(screen.getByRole('textbox', { name: 'Activity 2 minutes' }), '25');
    expect(within(visitsTable()).getByText('G0495')).toBeInTheDocument();
  });

  it('undoes and redoes edits with Ctrl+Z and Ctrl+Shift+Z, a cell edit at a time', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await addVisit(user, '2026-01-05', '45');
    await user.keyboard('{Control>}z{/Control}');
    expect(shown('Minutes, visit 1')).toBe('');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(shown('Minutes, visit 1')).toBe('45');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(shown('Date, visit 1')).toBe('');
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(queryCell('Date, visit 1')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('shows the claim lines with the 0023 line, location lines and totals', async () => {
    useClaimStore.getState().createDraft(
      'Sample',
      draftFromClaimInput({
        payer: 'medicare',
        billType: '0329',
        from: '2026-01-05',
        through: '2026-02-03',
        hipps: '1FC21',
        visits: [
          {
            date: '2026-01-05',
            discipline: 'SN',
            credential: 'RN',
            minutes: 50,
            setting: 'home',
            charge: 150,
          },
          {
            date: '2026-01-07',
            discipline: 'PT',
            credential: 'PT',
            minutes: 45,
            setting: 'home',
            charge: '120.00',
          },
        ],
      }),
    );
    render(<CalculatorView />);
    const lines = await screen.findByRole('table', { name: 'Claim lines (UB-04)' });
    expect(within(lines).getByRole('cell', { name: '0023' })).toBeInTheDocument();
    expect(within(lines).getByRole('link', { name: 'Q5001' })).toBeInTheDocument();
    expect(within(lines).getByRole('cell', { name: '$270.01' })).toBeInTheDocument();
  });
});

describe('ClaimLinesTable', () => {
  it('draws every line of a long claim, with its total', async () => {
    const visits = Array.from({ length: 120 }, (_, i) => ({
      id: `V${i + 1}`,
      date: `2026-01-${String(5 + (i % 25)).padStart(2, '0')}`,
      discipline: 'SN',
      credential: 'RN',
      minutes: '50',
      charge: '150.00',
    }));
    useClaimStore.getState().createDraft(
      'Long',
      draftFromClaimInput({
        payer: 'medicare',
        from: '2026-01-05',
        through: '2026-02-03',
        visits,
      }),
    );
    render(<CalculatorView />);
    const lines = await screen.findByRole('table', { name: 'Claim lines (UB-04)' });
    const total = within(lines).getByRole('rowheader', { name: /^Total \(\d+ lines\)$/ });
    const count = Number(/\((\d+) lines\)/.exec(total.textContent ?? '')?.[1]);
    expect(count).toBeGreaterThanOrEqual(120);
    const drawn = within(lines)
      .getAllByRole('row')
      .filter((row) => row.closest('tbody'));
    expect(drawn).toHaveLength(count);
  });
});
