// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSavedDrafts } from '../../src/state/saved-drafts-file.ts';

const claim = (minutes: unknown) => ({ payer: 'medicare', visits: [{ id: 'V1', minutes }] });

describe('readSavedDrafts', () => {
  it('reopens what version 1 set aside, every draft, repairing one bad field', () => {
    const setAside = JSON.stringify({
      state: {
        drafts: [
          { id: 'd1', name: 'Smith', claim: claim(45) },
          { id: 'd2', name: 'Jones', claim: claim('30') },
        ],
        activeDraftId: 'd1',
      },
      version: 1,
    });
    const saved = readSavedDrafts(setAside);
    expect(saved?.drafts.map((draft) => [draft.name, draft.claim.visits[0]?.minutes])).toEqual([
      ['Smith', '45'],
      ['Jones', '30'],
    ]);
    expect(saved?.repairs).toEqual([
      'Smith: visit 1 minutes was the number 45; it is now the text “45”.',
    ]);
  });

  it('reopens a set-aside draft, and names those in a list that still cannot be read', () => {
    const saved = readSavedDrafts(
      JSON.stringify([
        { format: 'visit-to-claim/draft', name: 'Smith', claim: claim('45') },
        { name: 'Jones', claim: claim('30') },
      ]),
    );
    expect(saved?.drafts.map((draft) => draft.name)).toEqual(['Smith', 'Jones']);
    expect(
      readSavedDrafts(JSON.stringify({ state: { drafts: [{ claim: 3 }] } }))?.problems,
    ).toEqual(['Draft 1 cannot be opened: it has no claim.']);
  });

  it.each([
    [
      'a claim file',
      { format: 'visit-to-claim/claim', version: 1, name: 'Smith', claim: claim('45') },
    ],
    ['a bare claim', claim('45')],
    ['text that is not JSON', '{"state'],
  ])('leaves %s to the claim file reader', (_, value) => {
    expect(readSavedDrafts(typeof value === 'string' ? value : JSON.stringify(value))).toBeNull();
  });
});
