import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ExchangeView } from '../../../src/features/exchange/exchange-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { toEngineClaim } from '../../../src/state/draft-claim.ts';
import { evaluate } from '../../builders.ts';
import {
  exportPeriod,
  readVisitExport,
  visitExports,
} from '../../fixtures/visit-exports/expected.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  // Medicare, in the period the exports' dates fall in (a date without a year takes it).
  useClaimStore
    .getState()
    .updateClaim((claim) => ({ ...claim, payer: 'medicare', ...exportPeriod }));
});

describe('importing visit exports from EMR, EVV and spreadsheets', () => {
  it.each(visitExports.map((entry) => [entry.file, entry] as const))(
    'imports every row of %s as a coded visit',
    async (file, expected) => {
      const user = userEvent.setup();
      render(<ExchangeView />);
      await user.upload(
        screen.getByLabelText('CSV or TSV file of visits'),
        new File([readVisitExport(file)], file, { type: 'text/csv' }),
      );
      expect(await screen.findByText('10 good rows, 0 rows with problems')).toBeInTheDocument();
      expect(
        screen.getByText(
          expected.ignored.length > 0
            ? `Ignored: ${expected.ignored.join(', ')}.`
            : 'Every column is read.',
        ),
      ).toBeInTheDocument();
      await user.click(screen.getByRole('button', { name: 'Import 10 visits' }));
      const result = evaluate(toEngineClaim(selectActiveClaim(useClaimStore.getState())));
      expect(result.lines.map((line) => [line.hcpcs, line.units])).toEqual(expected.lines);
    },
  );

  it('reads a column as the coder chooses, and remembers it for the next file with those headers', async () => {
    const user = userEvent.setup();
    const file = 'emr-visit-detail.csv';
    const upload = async () =>
      user.upload(
        screen.getByLabelText('CSV or TSV file of visits'),
        new File([readVisitExport(file)], file, { type: 'text/csv' }),
      );
    const { unmount } = render(<ExchangeView />);
    await upload();
    // "Task" is read as the visit type; the coder chooses to read the services from elsewhere.
    const task = await screen.findByRole('combobox', { name: 'Column “Task”' });
    expect(task).toHaveValue('visitType');
    await user.selectOptions(task, 'Ignore this column');
    expect(screen.getByText('Ignored: Patient, MRN, Task, Status, Mileage.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Import 10 visits' }));
    unmount();

    render(<ExchangeView />);
    await upload();
    expect(await screen.findByRole('combobox', { name: 'Column “Task”' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Column “Clinician”' })).toHaveValue('clinician');
  });
});
