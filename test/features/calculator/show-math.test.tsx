import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

async function expectFocusOn(element: () => HTMLElement) {
  await expect.poll(() => document.activeElement).toBe(element());
}

/** A Medicare RN visit of 60 minutes, 10 of them documentation in the home; visit 2 bad minutes. */
function renderVisits() {
  useClaimStore.getState().createDraft(
    'Documentation',
    draftFromClaimInput({
      payer: 'medicare',
      visits: [
        {
          id: 'V1',
          date: '2026-03-10',
          discipline: 'SN',
          credential: 'RN',
          minutes: 60,
          documentationMinutes: 10,
        },
        { id: 'V2', date: '2026-03-12', discipline: 'SN', credential: 'RN', minutes: 'abc' },
      ],
    }),
  );
  render(<CalculatorView />);
}

const mathRegion = (visit: number) =>
  screen.findByRole('region', { name: `Visit ${visit}: the math` });

describe('show the math', () => {
  it('closes with Escape from its heading and gives focus back to the visit button', async () => {
    const user = userEvent.setup();
    renderVisits();
    const opener = screen.getByRole('button', { name: 'Visit 1' });
    opener.focus();
    await user.keyboard('{Enter}');
    await mathRegion(1);
    await expectFocusOn(() => screen.getByRole('heading', { name: 'Visit 1: the math' }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Visit 1: the math' })).toBeNull();
    expect(opener).toHaveFocus();
  });

  it('closes with Escape from a control in it and gives focus back to the findings marker', async () => {
    const user = userEvent.setup();
    renderVisits();
    const marker = screen.getByRole('button', { name: /^Findings, visit 2:/ });
    await user.click(marker);
    const math = await mathRegion(2);
    within(math).getByRole('button', { name: 'Close' }).focus();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Visit 2: the math' })).toBeNull();
    expect(marker).toHaveFocus();
  });

  it('gives focus back to the visit button when closed with its Close button', async () => {
    const user = userEvent.setup();
    renderVisits();
    await user.click(screen.getByRole('button', { name: 'Visit 1' }));
    await user.click(within(await mathRegion(1)).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Visit 1' })).toHaveFocus();
  });

  it('shows documentation minutes Medicare counts as included in the visit’s minutes', async () => {
    const user = userEvent.setup();
    renderVisits();
    await user.click(screen.getByRole('button', { name: 'Visit 1' }));
    const math = await mathRegion(1);

    const row = within(math).getByRole('rowheader', {
      name: 'Documentation in the home (included)',
    });
    const cells = within(row.closest('tr')!).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent(/^10 of 60$/);
    expect(cells[1]).toHaveTextContent(
      'these 10 minutes are part of the 60 minutes in the visit, so they are counted, not added.',
    );
    const counted = within(math).getByRole('rowheader', { name: 'Minutes counted' });
    expect(within(counted.closest('tr')!).getByRole('cell', { name: '60' })).toBeInTheDocument();
  });
});
