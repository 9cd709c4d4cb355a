import { useEffect, useRef } from 'react';
import { hrefFor } from '../../components/use-hash-route.ts';
import { CopyCodeButton } from './copy-code-button.tsx';
import { EntryLinks } from './entry-links.tsx';
import type { CodeSet, ReferenceEntry } from './reference-entry.ts';
import { UnverifiedBadge } from './unverified-badge.tsx';
import { validityOn } from './validity-on-date.ts';
import { ValidityNote } from './validity-note.tsx';

/** One code, finding or source on its own page: #/reference/<set>/<code>. */
export function ReferenceEntryPage({
  set,
  entry,
  asOf,
}: {
  set: CodeSet;
  entry: ReferenceEntry;
  asOf: string;
}) {
  const validity = validityOn(entry, asOf);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opening an entry (from a search result, a link or an address) puts keyboard focus on it.
  useEffect(() => {
    headingRef.current?.focus();
  }, [entry]);
  const facts = set.columns.filter((column) => (entry.cells[column.id]?.text ?? '') !== '');

  return (
    <article className="reference-entry" aria-labelledby="reference-entry-title">
      <p className="reference-entry-set">{set.title}</p>
      <h3 id="reference-entry-title" ref={headingRef} tabIndex={-1}>
        {entry.key}: {entry.title}
      </h3>
      <p className="reference-actions">
        <CopyCodeButton code={entry.key} />
      </p>
      {!entry.verified ? (
        <p>
          <UnverifiedBadge note={entry.unverifiedNote} />
        </p>
      ) : null}
      {validity === 'valid' ? (
        asOf === '' ? null : (
          <p>Valid on {asOf}.</p>
        )
      ) : (
        <p>
          Not valid on {asOf}. <ValidityNote entry={entry} validity={validity} />
        </p>
      )}
      <dl className="reference-facts">
        <div className="reference-fact">
          <dt>{set.keyHeader}</dt>
          <dd>{entry.key}</dd>
        </div>
        {facts.map((column) => {
          const cell = entry.cells[column.id];
          return (
            <div key={column.id} className="reference-fact">
              <dt>{column.header}</dt>
              <dd>{cell?.links === undefined ? cell?.text : <EntryLinks links={cell.links} />}</dd>
            </div>
          );
        })}
        {entry.replaces.length > 0 ? (
          <div className="reference-fact">
            <dt>Replaces</dt>
            <dd>
              <EntryLinks links={entry.replaces} />
            </dd>
          </div>
        ) : null}
        {entry.notes === undefined ? null : (
          <div className="reference-fact">
            <dt>Notes</dt>
            <dd>{entry.notes}</dd>
          </div>
        )}
      </dl>
      {entry.bands === undefined || entry.bands.length === 0 ? null : (
        <table className="reference-table reference-bands">
          <caption>{entry.title}: minutes to units</caption>
          <thead>
            <tr>
              <th scope="col">From minutes</th>
              <th scope="col">To minutes</th>
              <th scope="col">Units</th>
              <th scope="col">Verified</th>
            </tr>
          </thead>
          <tbody>
            {entry.bands.map((band) => (
              <tr key={band.minMinutes}>
                <td>{band.minMinutes}</td>
                <td>{band.maxMinutes ?? 'and more'}</td>
                <td>{band.units}</td>
                <td>{band.verified ? 'Yes' : <UnverifiedBadge />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Entry" className="reference-entry-nav">
        <a href={hrefFor('reference', set.id)}>All {set.title}</a>{' '}
        <a href={hrefFor('calculator')}>Back to calculator</a>
      </nav>
    </article>
  );
}
