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
    expect(math.nextElementSibling).toHaveTextContent(
      /Travel: 5 minutes beside the visit, not counted/,
    );
    expect(math.nextElementSibling).toHaveTextContent(/50 minutes counted/);
    expect(screen.getByRole('button', { name: 'Print' })).toBeInTheDocument();
  });

  it('lists the links back apart from each other', () => {
    render(<PrintView />);
    const back = screen.getByRole('navigation', { name: 'Leave the print view' });
    const items = within(back).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Back to import and export',
      'Back to the calculator',
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAttribute('href', '#/exchange');
    expect(within(items[1]!).getByRole('link')).toHaveAttribute('href', '#/calculator');
  });

  it('shows occurrence span codes with their dates beside the occurrence codes', () => {
    useClaimStore.getState().createDraft(
      'With spans',
      draftFromClaimInput(
        makeClaim({
          occurrenceSpanCodes: [
            { code: '74', from: '2026-03-15', through: '2026-03-20' },
            { code: 'M0', from: '2026-03-09', through: '' },
          ],
        }),
      ),
    );
    render(<PrintView />);
    const details = screen.getByRole('region', { name: 'Claim details' });
    const terms = within(details)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms.indexOf('Occurrence span codes')).toBe(terms.indexOf('Occurrence codes') + 1);
    expect(details).toHaveTextContent(
      /Occurrence span codes\s*74 2026-03-15 to 2026-03-20, M0 2026-03-09 to …/,
    );
  });

  it('counts a single claim line as "1 line" in the total row', () => {
    useClaimStore.getState().createDraft(
      'One line',
      draftFromClaimInput({
        payer: 'medicare',
        billType: '0329',
        from: '2026-03-09',
        through: '2026-04-07',
        visits: [{ id: 'V1', date: '2026-03-10', discipline: 'SN', credential: 'RN', minutes: 50 }],
      }),
    );
    render(<PrintView />);
    const lines = screen.getByRole('table', { name: 'Service lines (UB-04)' });
    expect(
      within(lines).getByRole('rowheader', { name: '0001 Total (1 line)' }),
    ).toBeInTheDocument();
  });
});

describe('the claim figures in the print view', () => {
  it('shows the county read from value code 85 and the late-NOA cut', () => {
    useClaimStore.getState().createDraft(
      'Late NOA',
      draftFromClaimInput(
        makeClaim({
          admissionDate: '2026-03-09',
          noaAcceptedDate: '2026-03-15',
          valueCodes: [
            { code: '61', value: '16974.00' },
            { code: '85', value: '801900' },
          ],
        }),
      ),
    );
    render(<PrintView />);
    const county = screen.getByText('County (value code 85)');
    expect(county.nextElementSibling).toHaveTextContent('FIPS 08019');
    const late = screen.getByText('Late NOA');
    expect(late.nextElementSibling).toHaveTextContent(
      'accepted 6 days after admission: payment cut by 6/30 (20%)',
    );
  });
});
