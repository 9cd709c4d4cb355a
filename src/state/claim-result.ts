// The engine's answer for the active draft, derived from its raw inputs (never stored). It is
// computed once per change of the claim and shared by every view that shows it (the calculator,
// export, print), so they cannot disagree and the engine does not run once per view.
import { codeTables } from '../data/index.ts';
import { evaluateClaim, type ClaimResult } from '../engine/index.ts';
import { selectActiveClaim, useClaimStore, type ClaimStore } from './claim-store.ts';
import { toEngineClaim, type DraftClaim } from './draft-claim.ts';

/** The engine's answer for any draft claim (e.g. the active one under another payer). */
export function evaluateDraft(claim: DraftClaim): ClaimResult {
  return evaluateClaim(toEngineClaim(claim), codeTables);
}

// Drafts are replaced, never changed in place, on every edit; an undo brings back an earlier
// claim, and its answer with it.
const results = new WeakMap<DraftClaim, ClaimResult>();

export function selectClaimResult(state: ClaimStore): ClaimResult {
  const claim = selectActiveClaim(state);
  let result = results.get(claim);
  if (result === undefined) {
    result = evaluateDraft(claim);
    results.set(claim, result);
  }
  return result;
}

/** The active draft's result; re-renders only when the claim changes. */
export function useClaimResult(): ClaimResult {
  return useClaimStore(selectClaimResult);
}
