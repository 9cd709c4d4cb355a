/** Marks a fact the sources do not confirm: a visible word and the reason, never color only. */
export function UnverifiedBadge({ note }: { note?: string | undefined }) {
  return (
    <span className="reference-unverified">
      <strong className="reference-badge reference-badge-unverified">Unverified</strong>
      {note === undefined ? null : <span className="reference-unverified-note"> {note}</span>}
    </span>
  );
}
