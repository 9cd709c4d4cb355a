import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TrainingView } from '../../../src/features/training/training-view.tsx';

describe('the classroom presentation', () => {
  beforeEach(() => {
    window.location.hash = '#/training/present/visits-across-midnight';
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('steps through the visits, the math and the claim lines with the buttons', async () => {
    const user = userEvent.setup();
    render(<TrainingView />);
    expect(screen.getByRole('heading', { name: 'Visits that end after midnight' })).toBeVisible();
    expect(screen.getByRole('heading', { name: 'Step 1 of 3: The visits' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Visits' })).toHaveTextContent('23:30–00:20');
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    const math = screen.getByRole('heading', { name: 'Step 2 of 3: The math per line' });
    expect(math).toHaveFocus();
    expect(
      screen.getByRole('heading', { name: 'Visit V2: G0300 on 0551, 3 units' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/50 minutes falls in 38–52 minutes, which is 3 units/)).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Next' }));
    expect(
      screen.getByRole('heading', { name: 'Step 3 of 3: The claim lines and findings' }),
    ).toBeInTheDocument();
    const lines = screen.getByRole('table', { name: 'Claim lines' });
    const v2 = within(lines).getByRole('cell', { name: 'Visit V2' }).closest('tr');
    expect(v2).toHaveTextContent('0551G03002026-01-103');
    expect(within(lines).getByRole('cell', { name: 'Location, with visit V1' })).toBeVisible();
    expect(screen.getByText(/one G0300 line dated 2026-01-10/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Previous' }));
    expect(
      screen.getByRole('heading', { name: 'Step 2 of 3: The math per line' }),
    ).toBeInTheDocument();
  });

  it('moves between steps with the arrow keys', async () => {
    const user = userEvent.setup();
    render(<TrainingView />);
    await user.keyboard('{ArrowRight}');
    expect(
      screen.getByRole('heading', { name: 'Step 2 of 3: The math per line' }),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(
      screen.getByRole('heading', { name: 'Step 3 of 3: The claim lines and findings' }),
    ).toBeInTheDocument();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('heading', { name: 'Step 1 of 3: The visits' })).toHaveFocus();
  });
});
