import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

function openClaim(visitCount: number, hipps = '') {
  useClaimStore.getState().createDraft(
    'Lines',
    draftFromClaimInput({
      payer: 'medicare',
      billType: '0329',
      from: '2026-01-05',
      through: '2026-02-03',
      hipps,
      visits: Array.from({ length: visitCount }, (_, i) => ({
        id: `V${i + 1}`,
        date: `2026-01-${String(5 + i).padStart(2, '0')}`,
        discipline: 'SN',
        credential: 'RN',
        minutes: 50,
        charge: 150,
      })),
    }),
  );
  render(<CalculatorView />);
  return screen.findByRole('table', { name: 'Claim lines (UB-04)' });
}

describe('the claim lines table', () => {
  it('counts one claim line as "1 line" in the total row', async () => {
    const lines = await openClaim(1);
    expect(within(lines).getByRole('rowheader', { name: 'Total (1 line)' })).toBeInTheDocument();
  });

  it('counts several claim lines as "N lines"', async () => {
    const lines = await openClaim(3);
    expect(within(lines).getByRole('rowheader', { name: 'Total (3 lines)' })).toBeInTheDocument();
  });

  it('draws every line of a long claim', async () => {
    const lines = await openClaim(30, '1FC21');
    const total = within(lines).getByRole('rowheader', { name: /^Total \(\d+ lines\)$/ });
    const count = Number(/\((\d+) lines\)/.exec(total.textContent ?? '')?.[1]);
    expect(
      within(lines)
        .getAllByRole('row')
        .filter((row) => row.closest('tbody')),
    ).toHaveLength(count);
  });
});

describe('the claim figures under the claim lines', () => {
  function openWith(valueCodes: { code: string; value: string }[], noaAcceptedDate: string) {
    useClaimStore.getState().createDraft(
      'Figures',
      draftFromClaimInput({
        payer: 'medicare',
        billType: '0329',
        from: '2026-02-04',
        through: '2026-03-05',
        admissionDate: '2026-01-05',
        noaAcceptedDate,
        valueCodes,
        visits: [{ id: 'V1', date: '2026-02-05', discipline: 'SN', credential: 'RN', minutes: 50 }],
      }),
    );
    render(<CalculatorView />);
    return screen.findByRole('region', { name: 'Claim lines (UB-04)' });
  }

  it('shows the county as Medicare reads value code 85, and how far a late NOA cuts a later period', async () => {
    const region = await openWith([{ code: '85', value: '8019.00' }], '2026-02-19');
    expect(within(region).getByText('County (value code 85)').nextElementSibling).toHaveTextContent(
      'FIPS 08019',
    );
    expect(within(region).getByText('Late NOA').nextElementSibling).toHaveTextContent(
      'accepted 45 days after admission, 15 days into this period: payment cut by 15/30 (50%)',
    );
  });

  it('shows neither without value code 85 and with a timely NOA', async () => {
    const region = await openWith([], '2026-01-07');
    expect(within(region).queryByText('County (value code 85)')).toBeNull();
    expect(within(region).queryByText('Late NOA')).toBeNull();
  });
});
