import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { toEngineClaim } from '../../../src/state/draft-claim.ts';
import { evaluate } from '../../builders.ts';
import {
  asCopiedCells,
  exportPeriod,
  readVisitExport,
  visitExports,
} from '../../fixtures/visit-exports/expected.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  useClaimStore
    .getState()
    .updateClaim((claim) => ({ ...claim, payer: 'medicare', ...exportPeriod }));
});

async function pasteIntoBox(text: string) {
  const user = userEvent.setup();
  render(<CalculatorView />);
  await user.click(screen.getByText('Paste visits from a spreadsheet'));
  await user.click(screen.getByRole('textbox', { name: 'Rows copied from a spreadsheet' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Add pasted visits' }));
  // The paste reader loads on the first paste; a busy machine may take seconds.
  await screen.findByText(/^Added 10 visits\./, undefined, { timeout: 15_000 });
  return screen.getByRole('status');
}

function linesOfActiveClaim() {
  const result = evaluate(toEngineClaim(selectActiveClaim(useClaimStore.getState())));
  return result.lines.map((line) => [line.hcpcs, line.units]);
}

describe('pasting visit exports from EMR, EVV and spreadsheets', () => {
  it.each(visitExports.map((entry) => [entry.file, entry] as const))(
    'adds every row of %s, copied from a spreadsheet, as a coded visit',
    async (file, expected) => {
      const report = await pasteIntoBox(asCopiedCells(readVisitExport(file)));
      expect(report).toHaveTextContent(
        `Added 10 visits.${expected.ignored.length > 0 ? ` Ignored: ${expected.ignored.join(', ')}.` : ''}`,
      );
      expect(linesOfActiveClaim()).toEqual(expected.lines);
    },
  );

  it('adds every row of an export pasted as its comma-separated text', async () => {
    const [emr] = visitExports;
    const report = await pasteIntoBox(readVisitExport(emr?.file ?? ''));
    expect(report).toHaveTextContent('Added 10 visits. Ignored: Patient, MRN, Status, Mileage.');
    expect(linesOfActiveClaim()).toEqual(emr?.lines);
  });
});
