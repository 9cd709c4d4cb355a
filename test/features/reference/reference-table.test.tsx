import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ReferenceView } from '../../../src/features/reference/reference-view.tsx';

function bodyRowHeaders(table: HTMLElement): string[] {
  const [, body] = within(table).getAllByRole('rowgroup');
  return within(body!)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('a code set table', () => {
  it('shows every HCPCS code with its discipline, credentials and unit basis', () => {
    render(<ReferenceView route={['hcpcs']} />);
    const table = screen.getByRole('table', { name: /^HCPCS: 39 of 39 shown/ });
    const row = within(table).getByRole('rowheader', { name: 'G0299' }).closest('tr')!;
    expect(row).toHaveTextContent('Skilled nursing (SN)');
    expect(row).toHaveTextContent('Registered nurse (RN)');
    expect(row).toHaveTextContent('15-minute');
    expect(row).toHaveTextContent('2016-01-01');
  });

  it('filters by a column, forgiving of case', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={['hcpcs']} />);
    await user.type(screen.getByRole('searchbox', { name: 'Filter HCPCS by Credentials' }), 'LPN');
    const table = screen.getByRole('table', { name: /^HCPCS: \d+ of 39 shown/ });
    const codes = bodyRowHeaders(table);
    expect(codes).toEqual(expect.arrayContaining(['G0300', 'G0494', 'G0496', 'S9124', 'T1000']));
    expect(codes).not.toContain('G0299');
    await user.type(screen.getByRole('searchbox', { name: 'Filter HCPCS by Service' }), 'TRAINING');
    expect(bodyRowHeaders(screen.getByRole('table', { name: /^HCPCS:/ }))).toEqual(
      expect.arrayContaining(['G0164', 'G0496', 'S9124']),
    );
    expect(screen.getByRole('table', { name: /^HCPCS: 3 of 39 shown/ })).toBeInTheDocument();
  });

  it('sorts by a column header, both ways', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={['revenue-codes']} />);
    const header = screen.getByRole('columnheader', { name: 'Revenue code' });
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    const ascending = bodyRowHeaders(screen.getByRole('table', { name: /^Revenue codes:/ }));
    expect(ascending[0]).toBe('0023');
    await user.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    const descending = bodyRowHeaders(screen.getByRole('table', { name: /^Revenue codes:/ }));
    expect(descending[0]).toBe('0942');
  });

  it('shows the types of bill a revenue code is valid on', () => {
    render(<ReferenceView route={['revenue-codes']} />);
    const row = screen.getByRole('rowheader', { name: '0551' }).closest('tr')!;
    expect(row).toHaveTextContent('032x');
    expect(row).not.toHaveTextContent('034x');
  });

  it('marks unverified rows with a word and the reason, not only a color', () => {
    render(<ReferenceView route={['admission-priority']} />);
    const row = screen.getByRole('rowheader', { name: '1' }).closest('tr')!;
    expect(within(row).getByText('Unverified')).toBeInTheDocument();
    expect(row).toHaveTextContent('The CGS page lost this entry');
  });

  it('shows each claim rule setting with its value, meaning and sources', () => {
    render(<ReferenceView route={['claim-rules']} />);
    const row = screen.getByRole('rowheader', { name: 'noaTimelyDays' }).closest('tr')!;
    expect(row).toHaveTextContent('NOA timely within');
    expect(row).toHaveTextContent(/Calendar days after the admission date/);
    expect(within(row).getByRole('link', { name: 'CR12227-NOA' })).toHaveAttribute(
      'href',
      '#/reference/sources/CR12227-NOA',
    );
    const unverified = screen
      .getByRole('rowheader', { name: 'episodeLupaThreshold' })
      .closest('tr')!;
    expect(within(unverified).getByText('Unverified')).toBeInTheDocument();
  });

  it('shows the unit tables with their bands and the payer profiles that use them', () => {
    render(<ReferenceView route={['unit-rules']} />);
    const row = screen.getByRole('rowheader', { name: 'medicare-15-minute' }).closest('tr')!;
    expect(row).toHaveTextContent('Medicare home health (HH PPS): 15-minute');
    expect(row).toHaveTextContent('8–22: 1');
    expect(within(row).getByRole('link', { name: 'short-visit' })).toHaveAttribute(
      'href',
      '#/reference/findings/short-visit',
    );
  });
});
