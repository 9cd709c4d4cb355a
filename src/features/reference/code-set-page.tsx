import { useMemo } from 'react';
import { CodeSetTable } from './code-set-table.tsx';
import { hrefFor } from '../../components/use-hash-route.ts';
import { entryRoute, type CodeSet } from './reference-entry.ts';
import { UnverifiedBadge } from './unverified-badge.tsx';
import { validityOn } from './validity-on-date.ts';
import { ValidityNote } from './validity-note.tsx';

/** A code set: the rows valid on the "as of" date, then the ones that are not, and why. */
export function CodeSetPage({ set, asOf }: { set: CodeSet; asOf: string }) {
  const { valid, notValid } = useMemo(() => {
    const validEntries = set.entries.filter((entry) => validityOn(entry, asOf) === 'valid');
    const others = set.entries
      .filter((entry) => validityOn(entry, asOf) !== 'valid')
      .map((entry) => ({ entry, validity: validityOn(entry, asOf) }));
    return { valid: validEntries, notValid: others };
  }, [set, asOf]);

  return (
    <section className="reference-set" aria-labelledby={`reference-set-${set.id}`}>
      <h3 id={`reference-set-${set.id}`}>{set.title}</h3>
      <p>{set.about}</p>
      {asOf === '' ? (
        <p>Showing every row, whatever its dates.</p>
      ) : (
        <p>Showing the rows valid on {asOf}.</p>
      )}
      <CodeSetTable key={set.id} set={set} entries={valid} />
      {notValid.length > 0 ? (
        <section aria-labelledby={`reference-set-${set.id}-not-valid`}>
          <h4 id={`reference-set-${set.id}-not-valid`}>Not valid on {asOf}</h4>
          <ul className="reference-not-valid">
            {notValid.map(({ entry, validity }) => (
              <li key={entry.key}>
                <a href={hrefFor(...entryRoute(entry))}>{entry.key}</a> {entry.title}{' '}
                <ValidityNote entry={entry} validity={validity} />
                {entry.verified ? null : (
                  <>
                    {' '}
                    <UnverifiedBadge note={entry.unverifiedNote} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
}
