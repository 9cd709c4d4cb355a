import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ReferenceView } from '../../../src/features/reference/reference-view.tsx';
import { ReferenceAtHash } from './reference-harness.tsx';

function results() {
  return within(screen.getByRole('region', { name: 'Search results' }));
}

describe('the desk reference search box', () => {
  beforeEach(() => {
    window.location.hash = '';
  });

  it('finds G0299 however the code is typed', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={[]} />);
    const search = screen.getByRole('searchbox', { name: 'Search all code sets' });
    for (const typed of ['g0299', 'G 0299', 'G-0299']) {
      await user.clear(search);
      await user.type(search, typed);
      const first = results().getAllByRole('listitem')[0]!;
      expect(within(first).getByRole('link', { name: 'G0299' })).toHaveAttribute(
        'href',
        '#/reference/hcpcs/G0299',
      );
    }
  });

  it('finds codes by words, whatever their case', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={[]} />);
    await user.type(
      screen.getByRole('searchbox', { name: 'Search all code sets' }),
      'LPN training',
    );
    expect(results().getByRole('link', { name: 'G0496' })).toBeInTheDocument();
    expect(results().getByRole('link', { name: 'S9124' })).toBeInTheDocument();
    expect(results().queryByRole('link', { name: 'G0495' })).not.toBeInTheDocument();
    expect(results().getByRole('status')).toHaveTextContent('entries match “LPN training”');
  });

  it('searches findings and sources too', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={[]} />);
    const search = screen.getByRole('searchbox', { name: 'Search all code sets' });
    await user.type(search, 'short visit');
    expect(results().getByRole('link', { name: 'short-visit' })).toHaveAttribute(
      'href',
      '#/reference/findings/short-visit',
    );
    await user.clear(search);
    await user.type(search, 'rp005');
    expect(results().getByRole('link', { name: 'RP005' })).toHaveAttribute(
      'href',
      '#/reference/sources/RP005',
    );
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    render(<ReferenceView route={[]} />);
    await user.type(screen.getByRole('searchbox', { name: 'Search all code sets' }), 'zzqx');
    expect(results().getByRole('status')).toHaveTextContent('Nothing matches “zzqx”.');
  });

  it('opens a result and clears the search', async () => {
    const user = userEvent.setup();
    render(<ReferenceAtHash />);
    window.location.hash = '#/reference';
    const search = await screen.findByRole('searchbox', { name: 'Search all code sets' });
    await user.type(search, 'g0300');
    await user.click(results().getByRole('link', { name: 'G0300' }));
    const heading = await screen.findByRole('heading', { name: /^G0300: Direct skilled nursing/ });
    expect(heading).toHaveFocus();
    expect(screen.getByRole('searchbox', { name: 'Search all code sets' })).toHaveValue('');
  });
});
