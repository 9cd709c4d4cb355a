import { hrefFor } from '../../components/use-hash-route.ts';
import type { CodeSet } from './reference-entry.ts';

/** The reference's front page: every code set, what it holds and how many rows. */
export function ReferenceOverview({ sets }: { sets: readonly CodeSet[] }) {
  return (
    <section aria-labelledby="reference-overview-title">
      <h3 id="reference-overview-title">Code sets</h3>
      <ul className="reference-overview">
        {sets.map((set) => (
          <li key={set.id}>
            <a href={hrefFor('reference', set.id)}>{set.title}</a> ({set.entries.length}):{' '}
            {set.about}
          </li>
        ))}
      </ul>
    </section>
  );
}
