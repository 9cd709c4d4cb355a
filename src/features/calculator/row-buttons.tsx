// The buttons of the claim form's lists (occurrence codes, value codes, items): "Add …" under a
// list and "Remove" on each row.
import type { ReactNode } from 'react';
import { focusWhenRendered } from './focus-when-rendered.ts';

/**
 * Adds a row and focuses the field `firstFieldId` of it. The new row is drawn above this
 * button, so without the focus Tab would skip past it.
 */
export function AddRowButton({
  id,
  onAdd,
  firstFieldId,
  children,
}: {
  /** Where "Go to" takes a finding about the whole list (e.g. a value code that is missing). */
  id: string;
  onAdd: () => void;
  firstFieldId: string;
  children: ReactNode;
}) {
  return (
    <button
      id={id}
      type="button"
      onClick={() => {
        onAdd();
        focusWhenRendered(firstFieldId);
      }}
    >
      {children}
    </button>
  );
}

/** "Remove" on a row; `rowName` ("item 2") tells screen readers which. */
export function RemoveRowButton({ rowName, onRemove }: { rowName: string; onRemove: () => void }) {
  return (
    <button
      type="button"
      className="inline-action"
      aria-label={`Remove ${rowName}`}
      onClick={onRemove}
    >
      Remove
    </button>
  );
}
