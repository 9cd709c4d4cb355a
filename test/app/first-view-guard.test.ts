import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GRID_COLUMNS_KEY } from '../../src/state/grid-columns.ts';
import { SET_ASIDE_PREFIX, STORAGE_KEY } from '../../src/state/persisted.ts';

// public/first-view.js decides, before the first paint, whether the calculator built into the
// page may show (a first visit) or must stay hidden until the app draws the right view.
const guard = readFileSync('public/first-view.js', 'utf8');

function runGuard(): boolean {
  document.documentElement.classList.remove('first-view-hidden');
  new Function(guard)();
  return document.documentElement.classList.contains('first-view-hidden');
}

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '';
});

afterEach(() => {
  vi.restoreAllMocks();
  document.documentElement.classList.remove('first-view-hidden');
});

describe('first-view guard', () => {
  it.each([
    ['', false],
    ['#/', false],
    ['#/calculator', false],
    ['#/calculator/visit/3', false],
    ['#/reference', true],
    ['#/reference/hcpcs/G0299', true],
    ['#/training', true],
    ['#/privacy', true],
    ['#/calculatorx', true],
  ])('address %j with nothing saved: hidden %s', (hash, hidden) => {
    window.location.hash = hash;
    expect(runGuard()).toBe(hidden);
  });

  it.each([STORAGE_KEY, GRID_COLUMNS_KEY, `${SET_ASIDE_PREFIX}2026-11-23`])(
    'hides the built-in calculator when this browser holds %s',
    (key) => {
      localStorage.setItem(key, '{}');
      expect(runGuard()).toBe(true);
    },
  );

  it("shows it when storage holds only other sites' keys", () => {
    localStorage.setItem('another-app', '1');
    expect(runGuard()).toBe(false);
  });

  it('hides it when storage cannot be read', () => {
    vi.spyOn(Storage.prototype, 'key').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    localStorage.setItem('another-app', '1');
    expect(runGuard()).toBe(true);
  });
});
