// Opens a scenario's claim (as submitted, with the coder's entries) as a new calculator draft.
import { navigate } from '../../components/use-hash-route.ts';
import { scenarioClaim, type Scenario } from '../../data/scenario-schema.ts';
import { useClaimStore } from '../../state/claim-store.ts';
import { draftFromClaimInput } from '../../state/draft-claim.ts';

export function openInCalculator(scenario: Scenario): void {
  useClaimStore
    .getState()
    .createDraft(scenario.title, draftFromClaimInput(scenarioClaim(scenario)));
  navigate('calculator');
}
