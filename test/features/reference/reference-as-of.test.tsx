import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReferenceView } from '../../../src/features/reference/reference-view.tsx';
import { ReferenceAtHash } from './reference-harness.tsx';

async function setAsOf(date: string) {
  const user = userEvent.setup();
  const field = screen.getByLabelText('As of');
  await user.clear(field);
  await user.type(field, date);
  return user;
}

function tableCodes(): string[] {
  const table = screen.getByRole('table', { name: /^HCPCS:/ });
  return within(table)
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent ?? '');
}

describe('the "as of" date', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('shows every row, whatever its dates, until a date is set', () => {
    render(<ReferenceView route={['hcpcs']} />);
    expect(tableCodes()).toEqual(expect.arrayContaining(['G0154', 'G0299']));
    expect(screen.queryByRole('heading', { name: /^Not valid on/ })).not.toBeInTheDocument();
  });

  it('shows retired codes with their replacements', async () => {
    render(<ReferenceView route={['hcpcs']} />);
    await setAsOf('2020-01-01');
    expect(tableCodes()).toContain('G0299');
    expect(tableCodes()).not.toContain('G0154');
    const notValid = screen.getByRole('region', { name: 'Not valid on 2020-01-01' });
    const g0154 = within(notValid).getByRole('link', { name: 'G0154' }).closest('li')!;
    expect(g0154).toHaveTextContent('Retired');
    expect(g0154).toHaveTextContent('Valid to 2015-12-31');
    expect(within(g0154).getByRole('link', { name: 'G0299' })).toHaveAttribute(
      'href',
      '#/reference/hcpcs/G0299',
    );
    expect(within(g0154).getByRole('link', { name: 'G0300' })).toBeInTheDocument();
    expect(within(g0154).getByText('Unverified')).toBeInTheDocument();
    const g0164 = within(notValid).getByRole('link', { name: 'G0164' }).closest('li')!;
    expect(g0164).toHaveTextContent('replaced by G0495, G0496');
  });

  it('shows new codes with the date they start', async () => {
    render(<ReferenceView route={['hcpcs']} />);
    await setAsOf('2015-12-31');
    expect(tableCodes()).toContain('G0154');
    expect(tableCodes()).not.toContain('G0299');
    const notValid = screen.getByRole('region', { name: 'Not valid on 2015-12-31' });
    const g0299 = within(notValid).getByRole('link', { name: 'G0299' }).closest('li')!;
    expect(g0299).toHaveTextContent('Not yet valid');
    expect(g0299).toHaveTextContent('Starts 2016-01-01');
  });

  it('applies to other code sets, such as types of bill', async () => {
    render(<ReferenceView route={['bill-types']} />);
    await setAsOf('2021-06-01');
    const table = screen.getByRole('table', { name: /^Types of bill:/ });
    expect(within(table).getByRole('rowheader', { name: '0322' })).toBeInTheDocument();
    expect(within(table).queryByRole('rowheader', { name: '032A' })).not.toBeInTheDocument();
  });

  it('marks search results that are not valid on the date', async () => {
    render(<ReferenceView route={[]} />);
    const user = await setAsOf('2020-01-01');
    await user.type(screen.getByRole('searchbox', { name: 'Search all code sets' }), 'g0154');
    const results = screen.getByRole('region', { name: 'Search results' });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('G0154');
    expect(first).toHaveTextContent('Retired');
    expect(within(first).getByRole('link', { name: 'G0299' })).toBeInTheDocument();
  });

  it('goes back to every date', async () => {
    render(<ReferenceView route={['hcpcs']} />);
    const user = await setAsOf('2020-01-01');
    await user.click(screen.getByRole('button', { name: 'Show every date' }));
    expect(screen.getByLabelText('As of')).toHaveValue('');
    expect(tableCodes()).toContain('G0154');
  });

  it('does not call a code retired on a date it was valid', async () => {
    render(<ReferenceView route={['hcpcs']} />);
    await setAsOf('2015-06-01');
    expect(tableCodes()).toContain('G0154');
    const table = screen.getByRole('table', { name: /^HCPCS:/ });
    const g0154 = within(table).getByRole('rowheader', { name: 'G0154' }).closest('tr')!;
    expect(g0154).toHaveTextContent(/Direct skilled nursing/);
    expect(g0154).not.toHaveTextContent(/retired/i);
  });

  it('calls a code retired only from the day after it ends, on its own page too', async () => {
    render(<ReferenceView route={['hcpcs', 'G0154']} />);
    const user = await setAsOf('2015-06-01');
    const heading = screen.getByRole('heading', { level: 3, name: /^G0154: / });
    expect(heading).not.toHaveTextContent(/retired/i);
    expect(screen.getByText('Valid on 2015-06-01.')).toBeInTheDocument();
    expect(screen.queryByText('Retired')).not.toBeInTheDocument();

    await user.clear(screen.getByLabelText('As of'));
    await user.type(screen.getByLabelText('As of'), '2016-01-01');
    expect(screen.getByText('Retired')).toBeInTheDocument();
    expect(screen.getByText(/Not valid on 2016-01-01/)).toBeInTheDocument();
  });

  it('finds a code by its description without a retired label on the date it was valid', async () => {
    render(<ReferenceView route={[]} />);
    const user = await setAsOf('2015-06-01');
    await user.type(screen.getByRole('searchbox', { name: 'Search all code sets' }), 'g0154');
    const results = screen.getByRole('region', { name: 'Search results' });
    const first = within(results).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('G0154');
    expect(first).not.toHaveTextContent(/retired/i);
  });

  it('opens at the date an address names, and writes a date typed into the address', async () => {
    window.location.hash = '#/reference/hcpcs/G0154?as-of=2015-06-01';
    render(<ReferenceAtHash />);
    expect(screen.getByLabelText('As of')).toHaveValue('2015-06-01');
    expect(screen.getByText('Valid on 2015-06-01.')).toBeInTheDocument();

    const user = await setAsOf('2016-01-01');
    expect(window.location.hash).toBe('#/reference/hcpcs/G0154?as-of=2016-01-01');
    await user.click(screen.getByRole('button', { name: 'Show every date' }));
    expect(window.location.hash).toBe('#/reference/hcpcs/G0154');
  });

  it('keeps the date in the address when a link leads to another entry', async () => {
    window.location.hash = '#/reference/hcpcs/G0154?as-of=2015-06-01';
    render(<ReferenceAtHash />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('link', { name: 'G0299' }));
    await screen.findByRole('heading', { level: 3, name: /^G0299: / });
    expect(window.location.hash).toBe('#/reference/hcpcs/G0299?as-of=2015-06-01');
    expect(screen.getByLabelText('As of')).toHaveValue('2015-06-01');
  });

  it('shows the RAP type of bill retired in favour of the NOA', async () => {
    render(<ReferenceView route={['bill-types']} />);
    await setAsOf('2024-06-01');
    const notValid = screen.getByRole('region', { name: 'Not valid on 2024-06-01' });
    const rap = within(notValid).getByRole('link', { name: '0322' }).closest('li')!;
    expect(rap).toHaveTextContent('Valid to 2021-12-31');
    expect(within(rap).getByRole('link', { name: '032A' })).toHaveAttribute(
      'href',
      '#/reference/bill-types/032A',
    );
  });

  it.each([
    ['2026-02-30', '"2026-02-30" is not a real date: February 2026 has 28 days.'],
    ['2015-13-01', '"2015-13-01" is not a real date: there is no month 13.'],
    ['garbage', '"garbage" is not a date written YYYY-MM-DD.'],
  ])('says an address date of %s is no date, and shows every date', async (date, why) => {
    window.location.hash = `#/reference/hcpcs?as-of=${date}`;
    render(<ReferenceAtHash />);
    const field = screen.getByLabelText('As of');
    expect(field).toHaveAccessibleDescription(`As of: ${why} Showing every date.`);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(tableCodes()).toEqual(expect.arrayContaining(['G0154', 'G0299']));

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Show every date' }));
    expect(field).toHaveAccessibleDescription('Every date');
    expect(field).not.toHaveAttribute('aria-invalid');
  });
});
