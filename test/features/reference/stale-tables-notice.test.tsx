import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { tablesReviewedOn } from '../../../src/data/index.ts';
import { StaleTablesNotice } from '../../../src/features/reference/stale-tables-notice.tsx';
import { oneYearBefore } from '../../../src/features/reference/stale-tables.ts';

const yearAfterReview = `${Number(tablesReviewedOn.slice(0, 4)) + 1}${tablesReviewedOn.slice(4)}`;

describe('StaleTablesNotice', () => {
  it('says nothing on the day of the review', () => {
    render(<StaleTablesNotice today={tablesReviewedOn} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('says nothing exactly a year after the review', () => {
    expect(oneYearBefore(yearAfterReview)).toBe(tablesReviewedOn);
    render(<StaleTablesNotice today={yearAfterReview} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('warns, in words, when the review is more than a year old', () => {
    const today = `${Number(tablesReviewedOn.slice(0, 4)) + 2}-01-01`;
    render(<StaleTablesNotice today={today} />);
    const notice = screen.getByRole('note');
    expect(notice).toHaveTextContent('Code tables may be out of date.');
    expect(notice).toHaveTextContent(`last reviewed on ${tablesReviewedOn}`);
  });
});
