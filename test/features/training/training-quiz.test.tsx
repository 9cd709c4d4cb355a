import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useTrainingScore } from '../../../src/features/training/training-score-store.ts';
import { TrainingView } from '../../../src/features/training/training-view.tsx';

const mondayWednesdayFriday = 'bcbsil-rn-hourly-mon-wed-fri';

function openQuiz(id: string) {
  window.location.hash = `#/training/quiz/${id}`;
  return render(<TrainingView />);
}

type User = ReturnType<typeof userEvent.setup>;

/** A visit's answers: HCPCS, revenue code and units ('' leaves the field empty). */
type VisitAnswer = [visitId: string, hcpcs: string, revenueCode: string, units: string];

/**
 * Enters each answer as one entry (typing key by key is the keyboard test's concern). The fields
 * are all found first: after any change jsdom works out every style again, so each query by role
 * then costs about half a second on these machines.
 */
async function answer(user: User, ...visits: VisitAnswer[]) {
  const entries = visits.flatMap(([visitId, ...values]) =>
    ['HCPCS', 'Revenue code', 'Units'].map(
      (field, i) =>
        [screen.getByRole('textbox', { name: `${field}, visit ${visitId}` }), values[i]!] as const,
    ),
  );
  for (const [field, text] of entries) {
    if (!text) continue;
    await user.click(field);
    await user.paste(text);
  }
}

function results() {
  return screen.getByRole('region', { name: /^Results:/ });
}

describe('the training quiz', () => {
  beforeEach(() => {
    act(() => useTrainingScore.getState().reset());
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('shows the visits without the answers', () => {
    openQuiz(mondayWednesdayFriday);
    expect(
      screen.getByRole('heading', { name: /^Quiz: RP005 example: 1-hour RN visits/ }),
    ).toBeInTheDocument();
    const visits = screen.getByRole('table', { name: 'Visits' });
    expect(within(visits).getAllByRole('row')).toHaveLength(4);
    expect(visits).toHaveTextContent('RN (Registered nurse)');
    expect(visits).not.toHaveTextContent('S9123');
    expect(screen.getByLabelText('HCPCS, visit MON')).toHaveValue('');
  });

  it('marks right and wrong answers with the rule and its source, and keeps the score', async () => {
    const user = userEvent.setup();
    openQuiz(mondayWednesdayFriday);
    await answer(
      user,
      ['MON', 'S9123', '0552', '1'],
      ['WED', 's9123', '552', '1'],
      ['FRI', 'G0299', '0551', '4'],
    );
    await user.click(screen.getByLabelText(/^revenue-pairing-unverified:/));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    expect(screen.getByRole('heading', { name: 'Results: 7 of 10 right' })).toHaveFocus();
    const marks = within(results());
    expect(marks.getByText(/^HCPCS, visit MON:/).closest('li')).toHaveTextContent(
      'HCPCS, visit MON: Right — S9123.',
    );
    expect(marks.getByText(/^Revenue code, visit WED:/).closest('li')).toHaveTextContent(
      'Right — 0552.',
    );
    expect(marks.getByText(/^HCPCS, visit FRI:/).closest('li')).toHaveTextContent(
      'HCPCS, visit FRI: Wrong — you entered G0299; the answer is S9123.',
    );
    expect(marks.getByText(/^Units, visit FRI:/).closest('li')).toHaveTextContent(
      'Wrong — you entered 4; the answer is 1.',
    );
    // The rule behind each answer, from the engine's explanation, with its source.
    expect(results()).toHaveTextContent('60 minutes falls in 31–90 minutes, which is 1 unit');
    expect(results()).toHaveTextContent(/Source: BCBSIL RP005 Home Health Care Policy/);
    expect(marks.getByText(/revenue-pairing-unverified \(you named it\)/)).toHaveTextContent(
      'Right',
    );

    const score = screen.getByRole('region', { name: 'Session score' });
    expect(score).toHaveTextContent('7 of 10 answers right in 1 quiz.');
  });

  it('marks a missed finding and a finding the claim does not raise as wrong', async () => {
    const user = userEvent.setup();
    openQuiz('social-work-aide-and-management');
    await answer(
      user,
      ['V1', 'G0162', '0551', '2'],
      ['V2', 'G0155', '0561', '4'],
      ['V3', 'G0156', '0571', '5'],
      ['V4', 'none', '0551', ''],
    );
    await user.click(screen.getByLabelText(/^noa-late:/));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    expect(screen.getByRole('heading', { name: 'Results: 12 of 13 right' })).toBeInTheDocument();
    const marks = within(results());
    expect(marks.getByText(/^HCPCS, visit V4:/).closest('li')).toHaveTextContent('Right — none.');
    expect(marks.getByText(/credential-not-allowed \(you missed it\)/)).toHaveTextContent('Wrong');
    expect(
      marks.getByText(/noa-late \(you named it, but this claim does not raise it\)/),
    ).toHaveTextContent('Wrong');
    expect(marks.getByRole('heading', { name: 'Findings: Wrong' })).toBeInTheDocument();
  });

  it('cites a wrongly named finding’s sources by title, not by their ids', async () => {
    const user = userEvent.setup();
    openQuiz('social-work-aide-and-management');
    await user.click(screen.getByLabelText(/^lupa-risk:/));
    await user.click(screen.getByRole('button', { name: 'Check answers' }));

    const named = within(results())
      .getByText(/lupa-risk \(you named it, but/)
      .closest('li')!;
    expect(named).toHaveTextContent(
      'Source: Palmetto GBA and CGS LUPA pages; Medicare Claims Processing Manual Ch. 10 §10.1 (HH PPS); Palmetto GBA: Telehealth Home Health Services, New G-Codes.',
    );
    expect(named).not.toHaveTextContent('C10-10.1');
    const missed = within(results()).getByText(/credential-not-allowed \(you missed it\)/);
    expect(missed.closest('li')).toHaveTextContent(
      /Source: CGS J15 "Home Health Billing Codes"\.$/,
    );
  });

  it('adds every checked quiz to the session score, and resets it', async () => {
    const user = userEvent.setup();
    openQuiz(mondayWednesdayFriday);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    const score = screen.getByRole('region', { name: 'Session score' });
    expect(score).toHaveTextContent('0 of 10 answers right in 1 quiz.');

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByLabelText('HCPCS, visit MON')).toHaveFocus();
    await answer(user, ['MON', 'S9123', '0552', '1']);
    await user.click(screen.getByRole('button', { name: 'Check answers' }));
    expect(score).toHaveTextContent('3 of 20 answers right in 2 quizzes.');

    await user.click(within(score).getByRole('button', { name: 'Reset score' }));
    expect(score).toHaveTextContent('No quizzes checked yet.');
    expect(within(score).getByRole('button', { name: 'Reset score' })).toBeDisabled();
  });

  it('can be taken with the keyboard alone', async () => {
    const user = userEvent.setup();
    openQuiz(mondayWednesdayFriday);
    screen.getByLabelText('HCPCS, visit MON').focus();
    await user.keyboard('S9123');
    await user.tab();
    expect(screen.getByLabelText('Revenue code, visit MON')).toHaveFocus();
    await user.keyboard('0552');
    await user.tab();
    await user.keyboard('1{Enter}');
    expect(screen.getByRole('heading', { name: 'Results: 3 of 10 right' })).toHaveFocus();
  });

  it('says so when the scenario does not exist', () => {
    openQuiz('no-such-scenario');
    expect(
      screen.getByRole('heading', { name: 'No scenario “no-such-scenario”' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All scenarios' })).toHaveAttribute(
      'href',
      '#/training',
    );
  });
});
