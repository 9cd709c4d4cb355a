import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExchangeView } from '../../../src/features/exchange/exchange-view.tsx';
import {
  decodeBase64Url,
  decodeSharedClaim,
  encodeBase64Url,
  encodeSharedClaim,
  shareUrl,
} from '../../../src/features/exchange/share-link.ts';
import { SharedClaimView } from '../../../src/features/exchange/shared-claim-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../../src/state/draft-claim.ts';
import { makeClaim, makeVisit } from '../../builders.ts';

const draft = draftFromClaimInput(
  makeClaim({ visits: [makeVisit({ id: 'V1' }), makeVisit({ id: 'V2', date: '2026-03-12' })] }),
);

const warning = /a share link contains this claim’s data, including patient visit data/;

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
  window.location.hash = '';
});

afterEach(() => {
  window.location.hash = '';
});

describe('share link data', () => {
  it.each([
    ['plain text', 'Smith, March 2026'],
    ['accents and symbols', 'Zoë Müller — 5 visits ✓'],
    ['an empty text', ''],
  ])('encodes and decodes %s as base64url', (_, text) => {
    const data = encodeBase64Url(text);
    expect(data).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeBase64Url(data)).toBe(text);
  });

  it('carries a draft and its name there and back', () => {
    const decoded = decodeSharedClaim(encodeSharedClaim('Zoë’s claim', draft));
    expect(decoded).toEqual({ ok: true, name: 'Zoë’s claim', claim: draft });
  });

  it('puts the data in the fragment of the page address', () => {
    expect(shareUrl('https://example.org/app/#/exchange', 'abc')).toBe(
      'https://example.org/app/#/share/abc',
    );
  });

  it.each([
    ['damaged characters', '***'],
    ['cut-off data', encodeSharedClaim('x', draft).slice(0, 40)],
  ])('says a link with %s is damaged', (_, data) => {
    const decoded = decodeSharedClaim(data);
    expect(decoded.ok ? [] : decoded.problems).toEqual([
      expect.stringMatching(/^This link is damaged/),
    ]);
  });
});

describe('the share panel', () => {
  it('warns before making a link, and copies the link', async () => {
    useClaimStore.getState().createDraft('Smith March', draft);
    const user = userEvent.setup();
    render(<ExchangeView />);
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Share link/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Make a share link' }));
    const field = screen.getByRole('textbox', { name: 'Share link for “Smith March”' });
    const link = (field as HTMLTextAreaElement).value;
    expect(link).toMatch(/#\/share\/[A-Za-z0-9_-]+$/);
    expect(decodeSharedClaim(link.split('#/share/')[1] ?? '')).toEqual({
      ok: true,
      name: 'Smith March',
      claim: draft,
    });

    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('Link copied to the clipboard.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(link);
  });

  it('says so when the clipboard cannot be used', async () => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    render(<ExchangeView />);
    await user.click(screen.getByRole('button', { name: 'Make a share link' }));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(
      await screen.findByText(/The link could not be copied here: select it above and copy it/),
    ).toBeInTheDocument();
  });
});

describe('opening a share link', () => {
  it('shows the claim and the warning, and opens it only when asked', async () => {
    window.location.hash = `#/share/${encodeSharedClaim('Smith March', draft)}`;
    const user = userEvent.setup();
    render(<SharedClaimView />);
    expect(screen.getByRole('heading', { name: 'A shared claim' })).toBeInTheDocument();
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(screen.getByText('Smith March')).toBeInTheDocument();
    expect(useClaimStore.getState().drafts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Open as a new draft' }));
    const state = useClaimStore.getState();
    expect(state.drafts.map((d) => d.name)).toEqual(['Draft 1', 'Smith March']);
    expect(selectActiveClaim(state)).toEqual(draft);
    expect(window.location.hash).toBe('#/calculator');
  });

  it('leaves without opening when the coder declines', async () => {
    window.location.hash = `#/share/${encodeSharedClaim('Smith March', draft)}`;
    const user = userEvent.setup();
    render(<SharedClaimView />);
    await user.click(screen.getByRole('button', { name: 'Do not open' }));
    expect(useClaimStore.getState().drafts).toHaveLength(1);
    expect(window.location.hash).toBe('#/calculator');
  });

  it('explains a damaged link', () => {
    window.location.hash = '#/share/***';
    render(<SharedClaimView />);
    expect(screen.getByRole('alert')).toHaveTextContent('This link is damaged');
    expect(screen.queryByRole('button', { name: 'Open as a new draft' })).not.toBeInTheDocument();
  });
});
