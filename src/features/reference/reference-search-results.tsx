import { hrefFor } from '../../components/use-hash-route.ts';
import type { CodeSet } from './reference-entry.ts';
import { entryRoute } from './reference-entry.ts';
import type { SearchResult } from './search-reference.ts';
import { UnverifiedBadge } from './unverified-badge.tsx';
import { ValidityNote } from './validity-note.tsx';

/** Results of the one search box, across every code set, best match first. */
export function ReferenceSearchResults({
  query,
  results,
  sets,
}: {
  query: string;
  results: readonly SearchResult[];
  sets: readonly CodeSet[];
}) {
  const titleOf = (setId: string) => sets.find((set) => set.id === setId)?.title ?? setId;
  return (
    <section className="reference-results" aria-labelledby="reference-results-title">
      <h3 id="reference-results-title">Search results</h3>
      <p role="status">
        {results.length === 0
          ? `Nothing matches “${query}”.`
          : `${results.length} ${results.length === 1 ? 'entry matches' : 'entries match'} “${query}”.`}
      </p>
      <ol className="reference-result-list">
        {results.map(({ entry, validity }) => (
          <li key={`${entry.setId}/${entry.key}`}>
            <span className="reference-result-set">{titleOf(entry.setId)}</span>{' '}
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
      </ol>
    </section>
  );
}
