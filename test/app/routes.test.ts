import { describe, expect, it } from 'vitest';
import { pageTitle } from '../../src/app/routes.ts';

describe('pageTitle', () => {
  it.each([
    [[], 'Visit-to-Claim'],
    [['calculator'], 'Visit-to-Claim'],
    [['reference'], 'Reference · Visit-to-Claim'],
    [['reference', 'hcpcs'], 'Reference · Visit-to-Claim'],
    [['reference', 'hcpcs', 'G0299'], 'G0299 · Reference · Visit-to-Claim'],
    [['reference', 'findings', 'short-visit'], 'short-visit · Reference · Visit-to-Claim'],
    [['training'], 'Training · Visit-to-Claim'],
    [['exchange'], 'Import and export · Visit-to-Claim'],
    [['privacy'], 'Privacy · Visit-to-Claim'],
    // A shared claim travels in the address: none of it goes into the title.
    [['share', 'eyJ2aXNpdHMiOltdfQ'], 'Shared claim · Visit-to-Claim'],
  ])('titles %j as %j', (route, title) => {
    expect(pageTitle(route)).toBe(title);
  });
});
