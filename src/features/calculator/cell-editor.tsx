// The one live editor of the visit grid, on the active cell. A code cell is a combobox: a short
// list of the choices the typed text names follows the typing (ArrowUp and ArrowDown move in
// it); Enter or Tab takes the highlighted choice, or else reads the text (read-typed-cell.ts).
// Keys the editor does not use stay with it, so typing never moves the grid's cursor.
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import type { CellEdit } from './grid-cursor.ts';
import { suggestChoices } from './read-typed-cell.ts';
import type { Choice, EditColumn } from './visit-grid-columns.ts';

/** How an edit ended: the key that committed it, or focus leaving the cell. */
export type CommitHow =
  'enter' | 'shift-enter' | 'tab' | 'shift-tab' | 'up' | 'down' | 'left' | 'right' | 'blur';

export interface CellEditorProps {
  column: EditColumn;
  edit: CellEdit;
  /** "Credential, visit 2": the editor's accessible name. */
  name: string;
  /** Number and text cells: each keystroke's text, so the results follow the typing. */
  onType: (text: string) => void;
  /** The text as typed, or the code of the choice taken from the list. */
  onCommit: (commit: { text: string; chosen: string | null }, how: CommitHow) => void;
  onCancel: () => void;
}

const arrowCommits: Record<string, CommitHow> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function CellEditor({ column, edit, name, onType, onCommit, onCancel }: CellEditorProps) {
  const [text, setText] = useState(edit.text);
  const [highlight, setHighlight] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  // Once committed or cancelled, the blur of the editor going away commits nothing more.
  const done = useRef(false);
  const isCode = column.type === 'code';
  const suggestions = isCode ? suggestChoices(column, text) : [];
  const listId = `${edit.row}-${column.field}-choices`;
  const open = isCode && suggestions.length > 0;

  function finish(how: CommitHow, chosen?: Choice): void {
    if (done.current) return;
    done.current = true;
    const pick = chosen ?? (highlight >= 0 ? suggestions[highlight] : undefined);
    onCommit({ text, chosen: pick ? pick.code : null }, how);
  }
  const finishLatest = useRef(finish);
  useLayoutEffect(() => {
    finishLatest.current = finish;
  });

  useLayoutEffect(() => {
    const element = input.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.setSelectionRange(element.value.length, element.value.length);
    // Closed without Enter, Tab or Escape (the cursor moved, another draft opened): what was
    // typed is kept. Checked after the commit, when a real unmount has taken the input away.
    return () => {
      queueMicrotask(() => {
        if (!element.isConnected) finishLatest.current('blur');
      });
    };
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    // Whatever the editor does with a key, the grid does not see it.
    event.stopPropagation();
    const { key } = event;
    if ((event.ctrlKey || event.metaKey) && key.toLowerCase() === 'z') {
      event.preventDefault();
      done.current = true;
      onCancel();
    } else if (key === 'Escape') {
      event.preventDefault();
      done.current = true;
      onCancel();
    } else if (key === 'Enter') {
      event.preventDefault();
      finish(event.shiftKey ? 'shift-enter' : 'enter');
    } else if (key === 'Tab') {
      event.preventDefault();
      finish(event.shiftKey ? 'shift-tab' : 'tab');
    } else if (open && (key === 'ArrowDown' || key === 'ArrowUp')) {
      event.preventDefault();
      // Stops at the ends (above the first choice is the text as typed): nothing wraps round.
      setHighlight((current) =>
        key === 'ArrowDown'
          ? Math.min(current + 1, suggestions.length - 1)
          : Math.max(current - 1, -1),
      );
    } else if (
      key in arrowCommits &&
      (edit.mode === 'replace' || key === 'ArrowUp' || key === 'ArrowDown')
    ) {
      event.preventDefault();
      finish(arrowCommits[key] ?? 'blur');
    }
  }

  return (
    <>
      <input
        ref={input}
        className="cell-editor"
        type="text"
        aria-label={name}
        value={text}
        placeholder={column.placeholder}
        autoComplete="off"
        spellCheck={false}
        inputMode={column.type === 'number' ? 'decimal' : undefined}
        {...(isCode
          ? {
              role: 'combobox',
              'aria-autocomplete': 'list' as const,
              'aria-expanded': open,
              'aria-controls': listId,
              'aria-activedescendant':
                highlight >= 0 && highlight < suggestions.length
                  ? `${listId}-${highlight}`
                  : undefined,
            }
          : {})}
        onChange={(event) => {
          setText(event.target.value);
          setHighlight(-1);
          if (column.type === 'number' || column.type === 'text') onType(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => finish('blur')}
      />
      {isCode ? (
        <ChoiceList
          id={listId}
          name={name}
          anchor={input}
          choices={suggestions}
          highlight={highlight}
          showsName={column.shows === 'name'}
          onChoose={(choice) => finish('enter', choice)}
        />
      ) : null}
    </>
  );
}

/**
 * The choices under the editor. Drawn over the page (not inside the grid's scrolling box, which
 * would cut it off below the last visit), where the editor is.
 */
function ChoiceList({
  id,
  name,
  anchor,
  choices,
  highlight,
  showsName,
  onChoose,
}: {
  id: string;
  /** Ids shown by their names (Audio-only), codes by code and name (PT Physical therapist). */
  showsName: boolean;
  name: string;
  anchor: React.RefObject<HTMLInputElement | null>;
  choices: readonly Choice[];
  highlight: number;
  onChoose: (choice: Choice) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  useLayoutEffect(() => {
    const box = anchor.current?.getBoundingClientRect();
    const element = list.current;
    if (!box || !element) return;
    // A computed position cannot be a class; set through CSSOM, which the CSP allows.
    element.style.left = `${box.left}px`;
    element.style.top = `${box.bottom + 2}px`;
  });
  return createPortal(
    <ul
      ref={list}
      id={id}
      role="listbox"
      aria-label={`Choices for ${name}`}
      className="cell-choices"
      hidden={choices.length === 0}
    >
      {choices.map((choice, index) => (
        <li
          key={choice.code}
          id={`${id}-${index}`}
          role="option"
          aria-selected={index === highlight}
          // Keeps focus in the editor, so choosing does not first commit what was typed.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onChoose(choice)}
        >
          {showsName ? (
            <strong>{choice.name ?? choice.code}</strong>
          ) : (
            <>
              <strong>{choice.code}</strong>
              {choice.name ? <span className="muted"> {choice.name}</span> : null}
            </>
          )}
        </li>
      ))}
    </ul>,
    document.body,
  );
}
