import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { framedByAnotherOrigin, refuseToRunFramed } from '../../src/app/frame-guard.ts';

const at = (origin: string) => ({ location: { origin } });

function windowIn(top: unknown, origin = 'https://app.example'): Window {
  const self: Record<string, unknown> = at(origin);
  self.self = self;
  self.top = top === 'self' ? self : top;
  return self as unknown as Window;
}

describe('framedByAnotherOrigin', () => {
  // The top window is made inside the test: vitest reads each row, and another origin's
  // location throws when read.
  it.each([
    ['a tab of its own', false, () => 'self'],
    ['a frame of a page of the same origin', false, () => at('https://app.example')],
    ['a frame of another site whose address can be read', true, () => at('https://other.example')],
    [
      'a frame of another site (its address cannot be read)',
      true,
      () => ({
        get location(): never {
          throw new DOMException('Blocked a frame', 'SecurityError');
        },
      }),
    ],
  ])('in %s, refuses to run: %s', (_, framed, top) => {
    expect(framedByAnotherOrigin(windowIn(top()))).toBe(framed);
  });
});

describe('refuseToRunFramed', () => {
  it('says why the app does not run and links to it in a tab of its own', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>the built-in calculator</p>';
    document.body.append(root);
    refuseToRunFramed(root, 'https://app.example/#/calculator');
    expect(
      screen.getByRole('heading', { name: /does not run inside another site’s page/ }),
    ).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'Open Visit-to-Claim in a tab of its own' });
    expect(link).toHaveAttribute('href', 'https://app.example/#/calculator');
    expect(link).toHaveAttribute('target', '_blank');
    expect(screen.queryByText('the built-in calculator')).not.toBeInTheDocument();
    root.remove();
  });
});
