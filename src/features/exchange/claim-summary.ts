// One line that says which claim a file or link holds, before the coder opens it.
import { claimWords } from '../../components/claim-line-words.ts';
import type { CodeTables } from '../../data/schema.ts';
import type { DraftClaim } from '../../state/draft-claim.ts';

export function summariseClaim(claim: DraftClaim, tables: CodeTables): string {
  const words = claimWords(tables);
  const visits = `${claim.visits.length} visit${claim.visits.length === 1 ? '' : 's'}`;
  const period =
    claim.from || claim.through ? `, ${claim.from || '…'} to ${claim.through || '…'}` : '';
  const bill = claim.billType ? `, type of bill ${claim.billType}` : '';
  return `${words.payer(claim.payer)}${bill}${period}; ${visits}.`;
}
