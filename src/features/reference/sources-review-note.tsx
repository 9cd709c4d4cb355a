import { tablesReviewedOn } from '../../data/index.ts';

/** Heads the sources page: when the tables were last checked against these sources. */
export function SourcesReviewNote() {
  return (
    <p className="reference-sources-note">
      The code tables were last reviewed against these sources on{' '}
      <strong>{tablesReviewedOn}</strong>. Addresses are shown as text; the app never fetches them.
    </p>
  );
}
