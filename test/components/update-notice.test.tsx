import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../../src/components/service-worker.ts';
import { UpdateNotice } from '../../src/components/update-notice.tsx';

describe('UpdateNotice', () => {
  it('says nothing until a new version is waiting', () => {
    render(<UpdateNotice />);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('offers the update and applies it only when the coder asks', async () => {
    const user = userEvent.setup();
    const apply = vi.fn(async () => undefined);
    render(<UpdateNotice />);
    act(() => offerUpdate(apply));
    expect(screen.getByRole('status')).toHaveTextContent(
      'A new version of Visit-to-Claim is ready',
    );
    expect(apply).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Update now' }));
    expect(apply).toHaveBeenCalledWith(true);
  });

  it('can be put off', async () => {
    const user = userEvent.setup();
    render(<UpdateNotice />);
    act(() => offerUpdate(async () => undefined));
    await user.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
