import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scenarios } from '../../../src/data/scenarios.ts';
import { TrainingView } from '../../../src/features/training/training-view.tsx';
import { useClaimStore } from '../../../src/state/claim-store.ts';

const pdn = 'RP005 example: 12-hour private duty shifts';

describe('the scenario library', () => {
  beforeEach(() => {
    window.location.hash = '#/training';
    act(() => useClaimStore.getState().reset());
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('lists every scenario with its payer and topics', () => {
    render(<TrainingView />);
    expect(screen.getByRole('heading', { name: 'Training scenarios' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: `Scenarios (${scenarios.length})` });
    expect(within(list).getAllByRole('article')).toHaveLength(scenarios.length);
    const card = within(list).getByRole('article', { name: pdn });
    expect(card).toHaveTextContent('Payer: Blue Cross and Blue Shield of Illinois (RP005)');
    expect(card).toHaveTextContent(/Topics: .*private duty nursing, T1000/);
    expect(within(card).getByRole('link', { name: `Take the quiz: ${pdn}` })).toHaveAttribute(
      'href',
      '#/training/quiz/bcbsil-private-duty-twelve-hour-days',
    );
    expect(within(card).getByRole('link', { name: `Present: ${pdn}` })).toHaveAttribute(
      'href',
      '#/training/present/bcbsil-private-duty-twelve-hour-days',
    );
  });

  it('opens a scenario as a new active draft and goes to the calculator', async () => {
    const user = userEvent.setup();
    render(<TrainingView />);
    const before = useClaimStore.getState().drafts.length;
    await user.click(screen.getByRole('button', { name: `Open in calculator: ${pdn}` }));

    const state = useClaimStore.getState();
    expect(state.drafts).toHaveLength(before + 1);
    const draft = state.drafts.find((candidate) => candidate.id === state.activeDraftId);
    expect(draft?.name).toBe(pdn);
    expect(draft?.claim.payer).toBe('bcbsil');
    expect(draft?.claim.from).toBe('2026-03-09');
    expect(draft?.claim.visits.map((visit) => visit.id)).toEqual(['D1', 'D2', 'D3', 'D4', 'D5']);
    expect(draft?.claim.visits[0]).toMatchObject({
      service: 'private-duty',
      start: '07:00',
      end: '19:00',
    });
    expect(window.location.hash).toBe('#/calculator');
  });

  it('keeps the coder entries of a scenario when it opens in the calculator', async () => {
    const user = userEvent.setup();
    render(<TrainingView />);
    await user.click(
      screen.getByRole('button', { name: 'Open in calculator: G0154 billed after it ended' }),
    );
    const state = useClaimStore.getState();
    const draft = state.drafts.find((candidate) => candidate.id === state.activeDraftId);
    expect(draft?.claim.visits.map((visit) => visit.hcpcs)).toEqual(['G0154', 'G0154']);
  });

  it('shows and keeps the occurrence span codes of a scenario', async () => {
    const user = userEvent.setup();
    const title = 'Partial approval reported without its approved dates';
    window.location.hash = '#/training/quiz/partial-approval-without-m0';
    const { unmount } = render(<TrainingView />);
    expect(screen.getByText('Occurrence span codes').nextElementSibling).toHaveTextContent(
      '74 (2026-01-12 to 2026-01-14)',
    );
    unmount();
    window.location.hash = '#/training';
    render(<TrainingView />);
    await user.click(screen.getByRole('button', { name: `Open in calculator: ${title}` }));
    const state = useClaimStore.getState();
    const draft = state.drafts.find((candidate) => candidate.id === state.activeDraftId);
    expect(draft?.claim.occurrenceSpanCodes).toEqual([
      { code: '74', from: '2026-01-12', through: '2026-01-14' },
    ]);
  });
});
