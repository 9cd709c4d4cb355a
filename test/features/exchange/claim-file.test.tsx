import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  buildClaimFile,
  claimFileText,
  readClaimFile,
} from '../../../src/features/exchange/claim-file.ts';
import { ExchangeView } from '../../../src/features/exchange/exchange-view.tsx';
import { decodeSharedClaim, encodeSharedClaim } from '../../../src/features/exchange/share-link.ts';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput, toEngineClaim } from '../../../src/state/draft-claim.ts';
import { evaluate, makeClaim, makeVisit } from '../../builders.ts';

const draft = draftFromClaimInput(
  makeClaim({
    conditionCodes: ['D9'],
    occurrenceCodes: [{ code: '55', date: '2026-03-20' }],
    visits: [
      makeVisit({ id: 'V1', charge: 150, hcpcs: 'G0299', units: 3 }),
      makeVisit({
        id: 'V2',
        date: '2026-03-12',
        activities: [
          { service: 'observation', minutes: 20 },
          { service: 'training', minutes: 25 },
        ],
      }),
    ],
  }),
);

function jsonFile(value: unknown, name = 'claim.json'): File {
  return new File([typeof value === 'string' ? value : JSON.stringify(value)], name, {
    type: 'application/json',
  });
}

describe('the claim file', () => {
  it('holds the format, version, name and the claim in the engine format', () => {
    expect(buildClaimFile('Smith March', draft)).toEqual({
      format: 'visit-to-claim/claim',
      version: 2,
      name: 'Smith March',
      claim: toEngineClaim(draft),
    });
    expect(buildClaimFile('x', draft, '2026-04-01T10:00:00.000Z').exportedAt).toBe(
      '2026-04-01T10:00:00.000Z',
    );
  });

  it('reads back what it wrote: same draft, same engine result', () => {
    const read = readClaimFile(claimFileText('Smith March', draft));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.name).toBe('Smith March');
    expect(read.claim).toEqual(draft);
    expect(evaluate(toEngineClaim(read.claim))).toEqual(evaluate(toEngineClaim(draft)));
  });

  it.each([
    ['not JSON', '{"format": ', /^This file is not JSON/],
    [
      'another format',
      { format: 'something-else', version: 1 },
      /^This is not a Visit-to-Claim claim file/,
    ],
    [
      'a list of claims',
      [
        { payer: 'medicare', visits: [] },
        { payer: 'bcbsil', visits: [] },
      ],
      /^This file holds a list of 2 claims; open one claim at a time/,
    ],
    ['a bare claim with no payer', { visits: [] }, /^Payer profile: expected the payer profile/],
    [
      'a newer version',
      { format: 'visit-to-claim/claim', version: 7, name: 'x', claim: {} },
      /^This file is version 7; this app reads versions up to 2\.$/,
    ],
    [
      'a visit that is not an object',
      {
        format: 'visit-to-claim/claim',
        version: 1,
        name: 'x',
        claim: { payer: 'medicare', visits: [{}, 4] },
      },
      /^Visit 2: expected a visit object\.$/,
    ],
    [
      'minutes that are a list',
      {
        format: 'visit-to-claim/claim',
        version: 1,
        name: 'x',
        claim: { payer: 'medicare', visits: [{ minutes: [45] }] },
      },
      /^Minutes, visit 1: expected text or a number\.$/,
    ],
    [
      'no visits',
      { format: 'visit-to-claim/claim', version: 1, name: 'x', claim: { payer: 'medicare' } },
      /^Visits: expected a list of visits\.$/,
    ],
    [
      'no name',
      { format: 'visit-to-claim/claim', version: 1, claim: { payer: 'medicare', visits: [] } },
      /^name: expected the claim’s name as text\.$/,
    ],
  ])('explains a file with %s', (_, value, message) => {
    const read = readClaimFile(typeof value === 'string' ? value : JSON.stringify(value));
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.problems).toEqual([expect.stringMatching(message)]);
  });
});

describe('occurrence span codes in a claim file', () => {
  const spans = [
    { code: '74', from: '2026-03-15', through: '2026-03-20' },
    { code: 'M0', from: '2026-03-09', through: '' },
  ];
  const withSpans = { ...draft, occurrenceSpanCodes: spans };

  it('are written in the engine format and read back from a file, a bare claim and a link', () => {
    expect(buildClaimFile('Smith March', withSpans).claim.occurrenceSpanCodes).toEqual([
      { code: '74', from: '2026-03-15', through: '2026-03-20' },
      { code: 'M0', from: '2026-03-09' },
    ]);
    const outcomes = [
      readClaimFile(claimFileText('Smith March', withSpans)),
      readClaimFile(JSON.stringify(toEngineClaim(withSpans))),
      decodeSharedClaim(encodeSharedClaim('Smith March', withSpans)),
    ];
    for (const read of outcomes) {
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(read.claim.occurrenceSpanCodes).toEqual(spans);
    }
  });

  it('explains a span list that is not a list of spans', () => {
    const read = readClaimFile(
      JSON.stringify({ ...toEngineClaim(draft), occurrenceSpanCodes: ['74'] }),
    );
    expect(read.ok ? [] : read.problems).toEqual([
      'Occurrence span code 1: expected {code, from, through}.',
    ]);
  });
});

describe('opening a claim file in the app', () => {
  beforeEach(() => {
    localStorage.clear();
    useClaimStore.getState().reset();
  });

  it('opens an exported claim as a new draft after the coder confirms', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.upload(
      screen.getByLabelText('Claim file (JSON)'),
      jsonFile(claimFileText('Smith March', draft, '2026-04-01T10:00:00.000Z')),
    );
    expect(await screen.findByText('Smith March')).toBeInTheDocument();
    expect(screen.getByText(/Medicare.*; 2 visits\./)).toBeInTheDocument();
    expect(useClaimStore.getState().drafts).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Open as a new draft' }));
    const state = useClaimStore.getState();
    expect(state.drafts.map((d) => d.name)).toEqual(['Draft 1', 'Smith March']);
    expect(selectActiveClaim(state)).toEqual(draft);
    expect(screen.getByText(/^Opened “Smith March” as a new draft\./)).toBeInTheDocument();
  });

  it("opens a claim in the command line's format, named after its file", async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.upload(
      screen.getByLabelText('Claim file (JSON)'),
      jsonFile(toEngineClaim(draft), 'medicare-sn-pt.json'),
    );
    expect(await screen.findByText('medicare-sn-pt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open as a new draft' }));
    const state = useClaimStore.getState();
    expect(state.drafts.map((d) => d.name)).toEqual(['Draft 1', 'medicare-sn-pt']);
    expect(selectActiveClaim(state)).toEqual(draft);
  });

  it('opens a claim with occurrence span codes and keeps them in the new draft', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    const spans = [{ code: '76', from: '2026-03-20', through: '2026-03-31' }];
    await user.upload(
      screen.getByLabelText('Claim file (JSON)'),
      jsonFile(claimFileText('Smith March', { ...draft, occurrenceSpanCodes: spans })),
    );
    await user.click(await screen.findByRole('button', { name: 'Open as a new draft' }));
    expect(selectActiveClaim(useClaimStore.getState()).occurrenceSpanCodes).toEqual(spans);
  });

  it('names the version it cannot read and changes nothing', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.upload(
      screen.getByLabelText('Claim file (JSON)'),
      jsonFile(
        { format: 'visit-to-claim/claim', version: 7, name: 'Future', claim: {} },
        'future.json',
      ),
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“future.json” cannot be opened:');
    expect(
      within(alert).getByText('This file is version 7; this app reads versions up to 2.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Open as a new draft' })).not.toBeInTheDocument();
    expect(useClaimStore.getState().drafts).toHaveLength(1);
  });
});
