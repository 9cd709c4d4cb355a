import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { tablesReviewedOn } from '../../../src/data/index.ts';
import { ReferenceView } from '../../../src/features/reference/reference-view.tsx';
import { ReferenceAtHash } from './reference-harness.tsx';

describe('reference addresses', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    window.location.hash = '';
  });

  it('shows "Desk reference" and every code set at #/reference', () => {
    render(<ReferenceView route={[]} />);
    expect(screen.getByRole('heading', { name: 'Desk reference' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Code sets' });
    for (const [name, href] of [
      ['Revenue codes', '#/reference/revenue-codes'],
      ['HCPCS', '#/reference/hcpcs'],
      ['Findings', '#/reference/findings'],
      ['Sources', '#/reference/sources'],
    ]) {
      expect(within(nav).getByRole('link', { name })).toHaveAttribute('href', href);
    }
  });

  it.each([
    ['S9123', '055X (unverified: the policy pairs no revenue code with this code)'],
    ['T1000', '055X (unverified: the policy pairs no revenue code with this code)'],
    ['S9131', '042X (unverified: the policy pairs no revenue code with this code)'],
    ['A9272', '027X (not 0274) on 032x'],
  ])('says whether a source pairs %s with its revenue code group', (code, group) => {
    render(<ReferenceView route={['hcpcs', code]} />);
    const label = screen.getByText('Revenue code group', { selector: 'dt' });
    expect(label.nextElementSibling).toHaveTextContent(group);
  });

  it.each([
    ['0551', '055X', '1 (visit charge)'],
    ['0552', '055X', '2 (hourly charge)'],
    ['0623', '0623', ''],
    ['0023', '0023', ''],
  ])(
    'shows revenue code %s in group %s with subcode %j (none for a code that is its own group)',
    (code, group, subcode) => {
      render(<ReferenceView route={['revenue-codes', code]} />);
      const fact = (name: string) =>
        screen.queryByText(name, { selector: 'dt' })?.nextElementSibling?.textContent ?? '';
      expect(fact('Group')).toBe(group);
      expect(fact('Subcode')).toBe(subcode);
    },
  );

  it('opens an HCPCS code at #/reference/hcpcs/G0299', () => {
    render(<ReferenceView route={['hcpcs', 'G0299']} />);
    expect(
      screen.getByRole('heading', {
        name: 'G0299: Direct skilled nursing by a registered nurse, each 15 minutes',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to calculator' })).toHaveAttribute(
      'href',
      '#/calculator',
    );
    expect(screen.getByRole('link', { name: 'G0154' })).toHaveAttribute(
      'href',
      '#/reference/hcpcs/G0154',
    );
  });

  it('opens a retired code with its replacements and the reason it is unverified', () => {
    render(<ReferenceView route={['hcpcs', 'G0154']} />);
    const entry = screen.getByRole('article');
    expect(within(entry).getByText('Unverified')).toBeInTheDocument();
    expect(entry).toHaveTextContent('The exact date this code was first valid is not confirmed');
    expect(within(entry).getByRole('link', { name: 'G0299' })).toBeInTheDocument();
    expect(within(entry).getByRole('link', { name: 'G0300' })).toBeInTheDocument();
  });

  it('opens a finding at #/reference/findings/short-visit', () => {
    render(<ReferenceView route={['findings', 'short-visit']} />);
    const entry = screen.getByRole('article', { name: /^short-visit: Visit under 8 minutes/ });
    expect(entry).toHaveTextContent('warning');
    expect(within(entry).getByRole('link', { name: 'C10-40.2' })).toHaveAttribute(
      'href',
      '#/reference/sources/C10-40.2',
    );
  });

  it('opens a revenue code at #/reference/revenue-codes/0551', () => {
    render(<ReferenceView route={['revenue-codes', '0551']} />);
    expect(screen.getByRole('heading', { name: /^0551: / })).toBeInTheDocument();
  });

  it('opens a unit table with its bands', () => {
    render(<ReferenceView route={['unit-rules', 'medicare-15-minute']} />);
    const bands = screen.getByRole('table', { name: /minutes to units$/ });
    const firstBand = within(bands).getAllByRole('row')[1]!;
    expect(firstBand).toHaveTextContent('Unverified');
  });

  it('lists the sources with the date the tables were reviewed at #/reference/sources', () => {
    render(<ReferenceView route={['sources']} />);
    expect(screen.getByText(/last reviewed against these sources on/)).toHaveTextContent(
      `last reviewed against these sources on ${tablesReviewedOn}.`,
    );
    const row = screen.getByRole('rowheader', { name: 'DERIVED' }).closest('tr')!;
    expect(row).toHaveTextContent('Visit-to-Claim derived rules');
    expect(row).toHaveTextContent('No');
    const c10 = screen.getByRole('rowheader', { name: 'C10-40.2' }).closest('tr')!;
    expect(c10).toHaveTextContent('https://www.cms.gov/');
    expect(within(c10).queryByRole('link', { name: /cms\.gov/ })).not.toBeInTheDocument();
  });

  it('says when an address names no entry', () => {
    render(<ReferenceView route={['hcpcs', 'G9999']} />);
    expect(screen.getByRole('heading', { name: 'HCPCS: no entry “G9999”' })).toBeInTheDocument();
  });

  it('follows a link from one entry to another', async () => {
    const user = userEvent.setup();
    window.location.hash = '#/reference/hcpcs/G0154';
    render(<ReferenceAtHash />);
    await user.click(screen.getByRole('link', { name: 'G0299' }));
    expect(
      await screen.findByRole('heading', { name: /^G0299: Direct skilled nursing/ }),
    ).toBeInTheDocument();
  });

  it('copies the code and says so', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ReferenceView route={['hcpcs', 'G0299']} />);
    await user.click(screen.getByRole('button', { name: 'Copy G0299' }));
    expect(writeText).toHaveBeenCalledWith('G0299');
    expect(await screen.findByRole('status')).toHaveTextContent('Copied G0299');
  });

  it('says so when the code cannot be copied', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockRejectedValue(new Error('denied'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<ReferenceView route={['hcpcs', 'G0299']} />);
    await user.click(screen.getByRole('button', { name: 'Copy G0299' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Could not copy G0299; select the code and copy it by hand.',
    );
  });
});
