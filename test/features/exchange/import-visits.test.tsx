import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExchangeView } from '../../../src/features/exchange/exchange-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';

function csvFile(text: string, name = 'visits.csv'): File {
  return new File([text], name, { type: 'text/csv' });
}

const goodCsv = [
  'Visit ID,Date,Discipline,Credential,Minutes,Setting',
  'A1,2026-03-10,SN,RN,45,home',
  'A2,2026-03-12,PT,PT,50,home',
].join('\n');

const mixedCsv = [
  'visit_id,date,discipline,credential,minutes',
  'B1,2026-03-10,SN,RN,45',
  'B2,2026-03-11,SN,RN,abc',
  'B3,2026-03-12,SN,RN',
  'B4,2026-03-13,XX,RN,30',
  'B5,2026-03-14,PT,PT,40',
].join('\n');

function activeVisits() {
  return selectActiveClaim(useClaimStore.getState()).visits;
}

async function chooseVisitsFile(file: File) {
  const user = userEvent.setup();
  render(<ExchangeView />);
  await user.upload(screen.getByLabelText('CSV or TSV file of visits'), file);
  return user;
}

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

describe('importing visits from a CSV file', () => {
  it('previews a good file and adds nothing until the coder confirms', async () => {
    const user = await chooseVisitsFile(csvFile(goodCsv));
    expect(await screen.findByText('2 good rows, 0 rows with problems')).toBeInTheDocument();
    const rows = screen.getByRole('table', { name: 'Rows to import' });
    expect(within(rows).getAllByRole('row')).toHaveLength(3);
    expect(within(rows).getByRole('cell', { name: 'A2' })).toBeInTheDocument();
    expect(activeVisits()).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Import 2 visits' }));
    expect(activeVisits().map((visit) => [visit.id, visit.discipline, visit.minutes])).toEqual([
      ['A1', 'SN', '45'],
      ['A2', 'PT', '50'],
    ]);
    expect(screen.getByText(/Imported 2 visits into “Draft 1”\./)).toBeInTheDocument();
  });

  it('cancelling an import adds nothing', async () => {
    const user = await chooseVisitsFile(csvFile(goodCsv));
    await user.click(await screen.findByRole('button', { name: 'Cancel import' }));
    expect(screen.queryByRole('button', { name: /^Import / })).not.toBeInTheDocument();
    expect(activeVisits()).toHaveLength(0);
  });

  it('reports every bad row with its row number, column and reason, and imports the good ones', async () => {
    const user = await chooseVisitsFile(csvFile(mixedCsv));
    expect(await screen.findByText('2 good rows, 3 rows with problems')).toBeInTheDocument();
    const problems = screen.getByRole('table', { name: 'Problems (these rows are not imported)' });
    const cells = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells.map(([row, column]) => [row, column])).toEqual([
      ['3', 'minutes'],
      ['4', '—'],
      ['5', 'discipline'],
    ]);
    expect(cells[0]?.[2]).toMatch(/^"abc" is not a length of time/);
    expect(cells[1]?.[2]).toMatch(/This row has 4 cells; the header has 5/);
    expect(cells[2]?.[2]).toMatch(/^"XX" is none of SN \(Skilled nursing\), PT/);

    await user.click(screen.getByRole('button', { name: 'Import 2 visits' }));
    expect(activeVisits().map((visit) => visit.id)).toEqual(['B1', 'B5']);
  });

  it('imports nothing from a file whose rows are all bad', async () => {
    const bad = ['date,discipline,credential', 'yesterday,SN,RN', '2026-03-10,,'].join('\n');
    await chooseVisitsFile(csvFile(bad));
    expect(await screen.findByText('0 good rows, 2 rows with problems')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Import 0 visits' })).toBeDisabled();
    expect(screen.getByText(/^Enter the discipline \(SN, PT/)).toBeInTheDocument();
  });

  it('reads a TSV file with tab-separated columns', async () => {
    const user = await chooseVisitsFile(csvFile(goodCsv.replace(/,/g, '\t'), 'visits.tsv'));
    await user.click(await screen.findByRole('button', { name: 'Import 2 visits' }));
    expect(activeVisits().map((visit) => visit.id)).toEqual(['A1', 'A2']);
  });

  it('asks what an unknown column holds, and reads it once mapped', async () => {
    const csv = [
      'Date,Discipline,Credential,Time spent,Notes',
      '2026-03-10,SN,RN,45,first visit',
    ].join('\n');
    const user = await chooseVisitsFile(csvFile(csv));
    const mapping = await screen.findByRole('group', {
      name: 'What each column holds',
    });
    const timeSpent = within(mapping).getByRole('combobox', { name: 'Column “Time spent”' });
    expect(within(mapping).getByRole('combobox', { name: 'Column “Notes”' })).toHaveValue('');
    expect(screen.queryByRole('columnheader', { name: 'Minutes' })).not.toBeInTheDocument();

    await user.selectOptions(timeSpent, 'Minutes');
    expect(screen.getByRole('columnheader', { name: 'Minutes' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 1 visit' }));
    expect(activeVisits().map((visit) => [visit.minutes, visit.date])).toEqual([
      ['45', '2026-03-10'],
    ]);
  });

  it('will not import while two columns fill the same field', async () => {
    const csv = ['Date,Discipline,Credential,Minutes,Mins2', '2026-03-10,SN,RN,45,50'].join('\n');
    const user = await chooseVisitsFile(csvFile(csv));
    await user.selectOptions(
      await screen.findByRole('combobox', { name: 'Column “Mins2”' }),
      'Minutes',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      '"Minutes" and "Mins2" are all read as Minutes; ignore all but one.',
    );
    expect(screen.getByRole('button', { name: 'Import 1 visit' })).toBeDisabled();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Column “Mins2”' }),
      'Ignore this column',
    );
    expect(screen.getByRole('button', { name: 'Import 1 visit' })).toBeEnabled();
  });

  it('opens the visits as a new draft with the active draft’s claim details', async () => {
    useClaimStore.getState().setContext('payer', 'bcbsil');
    useClaimStore.getState().setContext('from', '2026-03-09');
    const user = await chooseVisitsFile(csvFile(goodCsv, 'march visits.csv'));
    await user.click(await screen.findByRole('radio', { name: 'A new draft' }));
    expect(screen.getByRole('textbox', { name: 'Name of the new draft' })).toHaveValue(
      'march visits',
    );
    expect(screen.getByRole('checkbox', { name: /Copy the claim details/ })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Import 2 visits' }));

    const state = useClaimStore.getState();
    expect(state.drafts.map((draft) => draft.name)).toEqual(['Draft 1', 'march visits']);
    const claim = selectActiveClaim(state);
    expect([claim.payer, claim.from, claim.visits.length]).toEqual(['bcbsil', '2026-03-09', 2]);
    expect(state.drafts[0]?.claim.visits).toHaveLength(0);
  });

  it('gives appended visits new ids when the draft already uses theirs', async () => {
    useClaimStore.getState().addVisit();
    const csv = ['id,date,discipline,credential,minutes', 'V1,2026-03-10,SN,RN,45'].join('\n');
    const user = await chooseVisitsFile(csvFile(csv));
    await user.click(await screen.findByRole('button', { name: 'Import 1 visit' }));
    expect(activeVisits().map((visit) => visit.id)).toEqual(['V1', 'V2']);
  });

  it('skips the result columns of an exported visits file', async () => {
    const csv = [
      'id,date,discipline,credential,minutes,result units,result findings',
      'V1,2026-03-10,SN,RN,45,3,',
    ].join('\n');
    await chooseVisitsFile(csvFile(csv));
    expect(await screen.findByText(/Result columns skipped/)).toHaveTextContent(
      'result units, result findings',
    );
    expect(
      screen.queryByRole('group', { name: 'Columns this app does not recognise' }),
    ).not.toBeInTheDocument();
  });
});
