import { EntryLinks } from './entry-links.tsx';
import type { ReferenceEntry } from './reference-entry.ts';
import type { Validity } from './validity-on-date.ts';

/** What a coder needs when a code is not valid on the date: when it ended or starts, and what replaced it. */
export function ValidityNote({ entry, validity }: { entry: ReferenceEntry; validity: Validity }) {
  if (validity === 'retired') {
    return (
      <span className="reference-validity">
        <strong className="reference-badge reference-badge-retired">Retired</strong> Valid to{' '}
        {entry.effectiveTo}
        {entry.replacedBy.length > 0 ? (
          <>
            ; replaced by <EntryLinks links={entry.replacedBy} />
          </>
        ) : null}
      </span>
    );
  }
  if (validity === 'not-yet') {
    return (
      <span className="reference-validity">
        <strong className="reference-badge reference-badge-new">Not yet valid</strong> Starts{' '}
        {entry.effectiveFrom}
      </span>
    );
  }
  return null;
}
