import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { PrintView } from '../../../src/features/exchange/print-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { makeClaim, makeVisit } from '../../builders.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  useClaimStore.getState().createDraft(
    'Smith March',
    draftFromClaimInput(
      makeClaim({
        visits: [
          makeVisit({ id: 'V1', minutes: 50, travelMinutes: 5, charge: 150 }),
          makeVisit({ id: 'V2', date: '2026-03-12', credential: 'LPN', hcpcs: 'G0299' }),
        ],
      }),
    ),
  );
});

describe('the print view', () => {
  it('shows the claim details, service lines, findings and the math for each line', () => {
    render(<PrintView />);
    expect(screen.getByRole('heading', { name: 'Claim: Smith March' })).toBeInTheDocument();
    for (const heading of [
      'Claim details',
      'Service lines (UB-04)',
      'Findings',
      'The math for each line',
    ])
      expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();

    const details = screen.getByRole('region', { name: 'Claim details' });
    expect(details).toHaveTextContent(/Payer\s*Medicare/);
    expect(details).toHaveTextContent(/From\s*2026-03-09/);
    const lines = screen.getByRole('table', { name: 'Service lines (UB-04)' });
    expect(within(lines).getByRole('cell', { name: '1FC21' })).toBeInTheDocument();
    expect(
      within(lines).getByRole('rowheader', { name: /0001 Total \(\d+ lines\)/ }),
    ).toBeInTheDocument();

    const findings = screen.getByRole('table', { name: 'Findings' });
    expect(within(findings).getAllByRole('cell', { name: 'Error' }).length).toBeGreaterThan(0);
    expect(
      within(findings).getByText(/^G0299 is for RN only, and this visit was made by an LPN/),
    ).toBeInTheDocument();

    const math = screen.getByRole('heading', {
      name: /^Visit V1: 2026-03-10, 0551 G0299, 3 units$/,
    });
    expect(math.nextElementSibling).toHaveTextContent(/Travel: -5 minutes/);
    expect(math.nextElementSibling).toHaveTextContent(/45 minutes counted/);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });
});
