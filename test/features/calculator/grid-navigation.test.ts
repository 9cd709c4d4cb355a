import { describe, expect, it } from 'vitest';
import {
  rangeBetween,
  stepForKey,
  stepFrom,
  tabFrom,
  type GridShape,
  type Step,
} from '../../../src/features/calculator/grid-navigation.ts';

const shape: GridShape = {
  columns: ['visit', 'date', 'minutes', 'delete'],
  rowCount: 30,
  pageRows: 10,
};

describe('stepFrom', () => {
  it.each<[string, { row: number; col: string }, Step, { row: number; col: string }]>([
    ['down one visit', { row: 3, col: 'date' }, 'down', { row: 4, col: 'date' }],
    [
      'no further down than the last visit',
      { row: 29, col: 'date' },
      'down',
      { row: 29, col: 'date' },
    ],
    ['no further up than the first visit', { row: 0, col: 'date' }, 'up', { row: 0, col: 'date' }],
    ['right one column', { row: 3, col: 'date' }, 'right', { row: 3, col: 'minutes' }],
    [
      'no further right than the last column',
      { row: 3, col: 'delete' },
      'right',
      { row: 3, col: 'delete' },
    ],
    [
      'no further left than the Visit column',
      { row: 3, col: 'visit' },
      'left',
      { row: 3, col: 'visit' },
    ],
    [
      'Home: the row’s first cell',
      { row: 3, col: 'minutes' },
      'row-start',
      { row: 3, col: 'visit' },
    ],
    ['End: the row’s last cell', { row: 3, col: 'date' }, 'row-end', { row: 3, col: 'delete' }],
    [
      'Ctrl+Home: the first cell',
      { row: 12, col: 'minutes' },
      'grid-start',
      { row: 0, col: 'visit' },
    ],
    ['Ctrl+End: the last cell', { row: 2, col: 'date' }, 'grid-end', { row: 29, col: 'delete' }],
    ['PageDown: a page of visits', { row: 3, col: 'date' }, 'page-down', { row: 13, col: 'date' }],
    [
      'PageDown near the end: the last visit',
      { row: 25, col: 'date' },
      'page-down',
      { row: 29, col: 'date' },
    ],
    [
      'PageUp near the top: the first visit',
      { row: 4, col: 'date' },
      'page-up',
      { row: 0, col: 'date' },
    ],
  ])('moves %s', (_name, from, step, to) => {
    expect(stepFrom(from, step, shape)).toEqual(to);
  });
});

describe('stepForKey', () => {
  it.each([
    ['ArrowUp', false, 'up'],
    ['Home', false, 'row-start'],
    ['Home', true, 'grid-start'],
    ['End', true, 'grid-end'],
    ['PageDown', false, 'page-down'],
    ['a', false, null],
  ])('reads %s (Ctrl %s) as %s', (key, ctrl, step) => {
    expect(stepForKey(key, ctrl)).toBe(step);
  });
});

describe('tabFrom', () => {
  it.each([
    ['Tab moves right', { row: 2, col: 'date' }, false, { row: 2, col: 'minutes' }],
    ['Shift+Tab moves left', { row: 2, col: 'date' }, true, { row: 2, col: 'visit' }],
    ['Tab past the last cell leaves the grid', { row: 2, col: 'delete' }, false, null],
    ['Shift+Tab before the first cell leaves the grid', { row: 2, col: 'visit' }, true, null],
  ])('%s', (_name, from, backwards, to) => {
    expect(tabFrom(from, backwards, shape)).toEqual(to);
  });
});

describe('rangeBetween', () => {
  it('spans the anchor and the active cell, whichever way round', () => {
    expect(
      rangeBetween({ row: 1, col: 'date' }, { row: 4, col: 'minutes' }, shape.columns),
    ).toEqual({ top: 1, bottom: 4, left: 1, right: 2 });
    expect(
      rangeBetween({ row: 4, col: 'minutes' }, { row: 1, col: 'date' }, shape.columns),
    ).toEqual({ top: 1, bottom: 4, left: 1, right: 2 });
  });

  it('is the active cell alone without an anchor', () => {
    expect(rangeBetween({ row: 2, col: 'minutes' }, null, shape.columns)).toEqual({
      top: 2,
      bottom: 2,
      left: 2,
      right: 2,
    });
  });
});
