// What a check on the whole claim (or on its items) sees, and the dates several checks share.
import type { NormalClaim } from '../normal-claim.ts';
import type { DatedVisitLine } from '../claim-lines.ts';
import type { CodeIndex, PayerIndex } from '../code-index.ts';
import type { VisitLineResult } from '../types.ts';
import type { Check } from './check.ts';

export interface ClaimContext {
  index: CodeIndex;
  payer: PayerIndex;
  claim: NormalClaim;
  lines: readonly VisitLineResult[];
  /** In-person visit lines with a date, in date order. */
  byDate: readonly DatedVisitLine[];
}

export type ClaimCheck = Check<ClaimContext>;

/** Whether the claim is a period's claim (0329, or its replacement 0327), with visit lines. */
export function isPeriodClaim({ index, claim }: ClaimContext): boolean {
  return index.claimRules.periodClaims.has(claim.billType);
}

/** The first day of service: the period's From date, else the earliest visit. */
export function periodStart(context: ClaimContext): string | undefined {
  return context.claim.from ?? context.byDate[0]?.line.date ?? undefined;
}

/** The last day of service: the period's Through date, else the latest visit. */
export function lastServiceDate(context: ClaimContext): string | undefined {
  return context.claim.through ?? context.byDate[context.byDate.length - 1]?.line.date ?? undefined;
}

/** How many entries of a code list carry `code` (lists here hold a few codes). */
export function countOf(entries: readonly { code: string }[], code: string): number {
  let count = 0;
  for (const entry of entries) if (entry.code === code) count++;
  return count;
}

/**
 * For each position of a code list, whether its code already appeared earlier: one pass with a
 * Set, so a claim with thousands of codes costs no more per code than one with three.
 */
export function markRepeats(codes: readonly string[]): boolean[] {
  const seen = new Set<string>();
  const repeats: boolean[] = [];
  for (const code of codes) {
    repeats.push(seen.has(code));
    seen.add(code);
  }
  return repeats;
}
