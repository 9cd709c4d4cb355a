import { afterEach, describe, expect, it } from 'vitest';
import { parseHash, setHashSetting } from '../../src/components/use-hash-route.ts';

describe('hash routes with settings', () => {
  afterEach(() => {
    window.location.hash = '';
  });

  it.each([
    ['#/reference/hcpcs/G0154?as-of=2015-06-01', ['reference', 'hcpcs', 'G0154']],
    ['#/reference?as-of=2015-06-01', ['reference']],
    ['#/?as-of=2015-06-01', []],
    ['#/calculator', ['calculator']],
    ['#/reference/hcpcs/G%200299', ['reference', 'hcpcs', 'G 0299']],
    // A stray "%" that starts no escape is kept as typed, not a fault that blanks the app.
    ['#/reference/hcpcs/100%', ['reference', 'hcpcs', '100%']],
    ['#/reference/%', ['reference', '%']],
    ['#/reference/hcpcs/G%E0%A4%A', ['reference', 'hcpcs', 'G%E0%A4%A']],
  ])('%s routes to %j', (hash, route) => {
    expect(parseHash(hash)).toEqual(route);
  });

  it('writes and removes a setting without adding to the browser history', () => {
    window.location.hash = '#/reference/hcpcs';
    const entries = window.history.length;
    setHashSetting('as-of', '2015-06-01');
    expect(window.location.hash).toBe('#/reference/hcpcs?as-of=2015-06-01');
    setHashSetting('as-of', '');
    expect(window.location.hash).toBe('#/reference/hcpcs');
    expect(window.history.length).toBe(entries);
  });
});
