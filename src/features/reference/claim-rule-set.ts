// The claim rule settings (claim-rules.json) as a desk-reference code set: each dated number or
// date a claim check rests on, with its meaning and sources, so a coder can see why a finding
// counts 5 days or 14.
import type { ClaimRules } from '../../data/schema.ts';
import {
  datedEntry,
  rulesColumn,
  sourcesColumn,
  text,
  validityColumns,
} from './code-set-entries.ts';
import type { CodeSet } from './reference-entry.ts';

export function buildClaimRuleSet(rules: ClaimRules): CodeSet {
  return {
    id: 'claim-rules',
    title: 'Claim rule settings',
    about:
      'The dates and numbers the claim checks rest on: the PDGM start, period lengths, LUPA thresholds, NOA timing, the discharge window and RP005 limits.',
    keyHeader: 'Setting',
    columns: [
      { id: 'name', header: 'Name' },
      { id: 'value', header: 'Value' },
      { id: 'description', header: 'Meaning' },
      ...validityColumns,
      rulesColumn,
      sourcesColumn,
    ],
    entries: Object.entries(rules).map(([key, setting]) =>
      datedEntry('claim-rules', key, setting.name, setting, {
        name: text(setting.name),
        value: text(String(setting.value)),
        description: text(setting.description),
      }),
    ),
  };
}
