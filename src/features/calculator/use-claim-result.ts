// The engine's answer for the active draft, derived from the raw inputs (never stored).
import { useMemo } from 'react';
import { codeTables } from '../../data/index.ts';
import { evaluateClaim, type ClaimResult } from '../../engine/index.ts';
import { toEngineClaim, type DraftClaim } from '../../state/draft-claim.ts';

export function evaluateDraft(claim: DraftClaim): ClaimResult {
  return evaluateClaim(toEngineClaim(claim), codeTables);
}

export function useClaimResult(claim: DraftClaim): ClaimResult {
  return useMemo(() => evaluateDraft(claim), [claim]);
}
