import { beforeEach, describe, expect, it } from 'vitest';
import { selectClaimResult } from '../../src/state/claim-result.ts';
import { useClaimStore } from '../../src/state/claim-store.ts';
import { draftFromClaimInput } from '../../src/state/draft-claim.ts';
import { makeClaim, makeVisit } from '../builders.ts';

const activeResult = () => selectClaimResult(useClaimStore.getState());

// The calculator, the export panel and the print view all read the active draft's result here.
describe('the active draft’s result', () => {
  beforeEach(() => {
    localStorage.clear();
    useClaimStore.getState().reset();
    const draftId = useClaimStore
      .getState()
      .createDraft(
        'Smith March',
        draftFromClaimInput(makeClaim({ visits: [makeVisit({ id: 'V1', minutes: 50 })] })),
      );
    expect(useClaimStore.getState().activeDraftId).toBe(draftId);
  });

  it('is worked out once for a claim, however many views ask for it', () => {
    const first = activeResult();
    expect(first.lines[0]?.units).toBe(3);
    expect(activeResult()).toBe(first);
    // Renaming the draft leaves its claim, and so its result, as they were.
    useClaimStore.getState().renameDraft(useClaimStore.getState().activeDraftId, 'Smith April');
    expect(activeResult()).toBe(first);
  });

  it('follows each edit of the claim, and an undo brings back the earlier result', () => {
    const before = activeResult();
    useClaimStore.getState().editVisit('V1', 'minutes', '20');
    const after = activeResult();
    expect(after).not.toBe(before);
    expect(after.lines[0]?.units).toBe(1);

    useClaimStore.getState().undo();
    expect(activeResult()).toBe(before);
  });

  it('is the other draft’s once another draft is chosen', () => {
    const smith = activeResult();
    useClaimStore.getState().selectDraft(useClaimStore.getState().drafts[0]?.id ?? '');
    expect(activeResult()).not.toBe(smith);
    expect(activeResult().lines).toEqual([]);
  });
});
