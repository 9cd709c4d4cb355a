// The calculator: drafts, the claim's context, the visit grid with live results, show the math,
// the UB-04 claim lines and the findings. Results are derived from the inputs on each render.
import {
  lazy,
  Suspense,
  useCallback,
  useDeferredValue,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { codeTables } from '../../data/index.ts';
import type { Finding } from '../../engine/index.ts';
import { emptyClaim, type DraftClaim } from '../../state/draft-claim.ts';
import {
  claimActions,
  selectActiveClaim,
  selectActiveDraft,
  useClaimStore,
} from '../../state/claim-store.ts';
import { useClaimResult } from '../../state/claim-result.ts';
import { optionalGridColumns, useGridColumns } from '../../state/grid-columns.ts';
import { ClaimContextForm, type FieldErrors } from './claim-context-form.tsx';
import { ClaimLinesTable } from './claim-lines-table.tsx';
import { DraftsBar } from './drafts-bar.tsx';
import type { FindingTarget } from './finding-target.ts';
import { FindingsPanel } from './findings-panel.tsx';
import { ExamplePicker } from './example-picker.tsx';
import { focusInView, focusWhenRendered } from './focus-when-rendered.ts';
import { moveCursor, resetCursor } from './grid-cursor.ts';
import type * as PasteVisitsModule from './paste-visits.ts';
import { PASTE_LOAD_FAILURE, PastePanel, PasteReport, type PasteOutcome } from './paste-panel.tsx';
import { keepFocusThrough } from './row-focus.ts';
import type { PasteCell } from './grid-clipboard.ts';
import { ADD_VISIT_ID, VisitGrid } from './visit-grid.tsx';
import './calculator.css';

// Opened on a visit's button, not on every page load: its code (and the engine's explanation of
// a line) loads then, keeping the first view's JavaScript small.
const ShowMath = lazy(() =>
  import('./show-math.tsx').then(({ ShowMath }) => ({ default: ShowMath })),
);
/** Frames to wait for the math panel's heading: its code may still be loading. */
const SHOW_MATH_FRAMES = 60;

/** Messages of invalid-input findings about claim-level fields, by field; stable while unchanged. */
function useContextErrors(findings: Finding[]): FieldErrors {
  const key = JSON.stringify(
    findings
      .filter((f) => f.rule === 'invalid-input' && f.field && f.target?.list !== 'visits')
      .map((f) => [f.field, f.message]),
  );
  return useMemo(() => {
    const errors: FieldErrors = {};
    for (const [field, message] of JSON.parse(key) as [string, string][]) errors[field] ??= message;
    return errors;
  }, [key]);
}

const untouchedClaim = JSON.stringify(emptyClaim());

/** True for a claim nothing has been entered in yet: it shows no findings until something is. */
function isUntouched(claim: DraftClaim): boolean {
  return claim.visits.length === 0 && JSON.stringify(claim) === untouchedClaim;
}

/** The focused element, if any: what opened "show the math", where focus returns when it closes. */
function focusedElement(): HTMLElement | null {
  const active = document.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/**
 * Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last edit of the active draft; focus
 * stays where it was, or moves to what took its place (row-focus.ts).
 */
function useUndoShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) keepFocusThrough(() => claimActions().redo());
        else keepFocusThrough(() => claimActions().undo());
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        keepFocusThrough(() => claimActions().redo());
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function CalculatorView() {
  const claim = useClaimStore(selectActiveClaim);
  const draftId = useClaimStore((state) => selectActiveDraft(state)?.id ?? '');
  const result = useClaimResult();
  // The grid's own results update with the keystroke; the panels below follow a moment later.
  const deferredResult = useDeferredValue(result);
  const deferredClaim = useDeferredValue(claim);
  const [selection, setSelection] = useState<{ draftId: string; visitId: string } | null>(null);
  const selectedVisitId = selection?.draftId === draftId ? selection.visitId : null;
  const [pasteOutcome, setPasteOutcome] = useState<PasteOutcome | null>(null);
  const mathOpener = useRef<HTMLElement | null>(null);
  useUndoShortcuts();

  const visitIdsKey = claim.visits.map((visit) => visit.id).join('\u0000');
  const visitIds = useMemo(
    () => (visitIdsKey === '' ? [] : visitIdsKey.split('\u0000')),
    [visitIdsKey],
  );
  const contextErrors = useContextErrors(deferredResult.findings);

  // Another draft opened: the grid's cursor starts again at its first visit.
  useEffect(() => resetCursor(), [draftId]);

  const showMath = useCallback((visitId: string) => {
    mathOpener.current = focusedElement();
    setSelection({ draftId: selectActiveDraft(useClaimStore.getState())?.id ?? '', visitId });
    focusWhenRendered('show-math-heading', SHOW_MATH_FRAMES);
  }, []);

  const goTo = useCallback((target: FindingTarget) => {
    const state = useClaimStore.getState();
    if (target.activityIndex !== undefined && target.visitIndex !== undefined) {
      const visitId = selectActiveClaim(state).visits[target.visitIndex]?.id;
      if (visitId) {
        mathOpener.current = focusedElement();
        setSelection({ draftId: selectActiveDraft(state)?.id ?? '', visitId });
      }
    } else if (target.visitIndex !== undefined) {
      // A finding about a hidden column shows the column, so the coder can correct it.
      const column = optionalGridColumns.find((candidate) => candidate === target.visitField);
      if (column) useGridColumns.getState().setShown(column, true);
      const field = target.visitField;
      moveCursor({ row: target.visitIndex, col: field && field !== 'id' ? field : 'visit' });
      return;
    }
    focusWhenRendered(target.elementId);
  }, []);

  // Focus goes back to what opened the math, or else to the visit's button in the grid.
  const closeMath = useCallback(() => {
    const opener = mathOpener.current;
    mathOpener.current = null;
    setSelection(null);
    if (opener?.isConnected) focusInView(opener);
    else if (selectedVisitId) {
      const row = selectActiveClaim(useClaimStore.getState()).visits.findIndex(
        (visit) => visit.id === selectedVisitId,
      );
      if (row >= 0) moveCursor({ row, col: 'visit' });
    }
  }, [selectedVisitId]);

  // The parser loads on the first paste. Null when it could not load (nothing was read).
  const loadPasteReader = useCallback(async () => {
    try {
      return await import('./paste-visits.ts');
    } catch {
      setPasteOutcome({ added: 0, problems: [], failure: PASTE_LOAD_FAILURE });
      return null;
    }
  }, []);

  const readPaste = useCallback(
    async (text: string, loaded?: typeof PasteVisitsModule) => {
      const pasteVisits = loaded ?? (await loadPasteReader());
      if (!pasteVisits) return null;
      // A date pasted without a year takes it from the claim's period as it stands now.
      const { from, through } = selectActiveClaim(useClaimStore.getState());
      const parsed = pasteVisits.parsePastedVisits(text, codeTables, { from, through });
      if (parsed.visits.length > 0) claimActions().appendVisits(parsed.visits);
      return parsed;
    },
    [loadPasteReader],
  );

  // Rows pasted into the grid: into a cell, they fill the grid from there as a spreadsheet does
  // (one undo step), unless they start with a header row; then, or outside a cell, they are
  // new visits. Either way they are still on the clipboard, so the report names the pasted rows.
  const pasteIntoGrid = useCallback(
    async (text: string, cell?: PasteCell) => {
      const pasteVisits = await loadPasteReader();
      if (!pasteVisits) return;
      const fill = cell
        ? pasteVisits.planCellFill(text, cell.field, cell.columns, codeTables)
        : null;
      if (cell && fill && !fill.hasHeader) {
        const { added, replaced } = claimActions().fillVisitCells(cell.index, fill.rows);
        setPasteOutcome({
          added,
          problems: [],
          filled: {
            cells: fill.rows.reduce((sum, row) => sum + Object.keys(row).length, 0),
            firstVisit: cell.index + 1,
            lastVisit: cell.index + fill.rows.length,
            fields: fill.fields,
            replaced,
            leftOut: fill.leftOut,
          },
        });
        return;
      }
      const parsed = await readPaste(text, pasteVisits);
      if (parsed)
        setPasteOutcome({
          added: parsed.visits.length,
          problems: parsed.problems,
          notes: parsed.notes,
          ignored: parsed.ignored,
        });
    },
    [loadPasteReader, readPaste],
  );

  // Rows pasted into the panel: the ones that could not be read stay in its box (with the
  // header), and the report numbers them as they now stand there.
  const pasteFromPanel = useCallback(
    async (text: string): Promise<string | null> => {
      const parsed = await readPaste(text);
      if (!parsed) return null;
      const boxRow = new Map(parsed.rejectedRows.map((row, index) => [row, index + 1]));
      setPasteOutcome({
        added: parsed.visits.length,
        problems: parsed.problems.map((problem) => ({
          ...problem,
          row: boxRow.get(problem.row) ?? problem.row,
        })),
        keptInBox: parsed.rejectedText !== '',
        notes: parsed.notes,
        ignored: parsed.ignored,
      });
      return parsed.rejectedText;
    },
    [readPaste],
  );

  const untouched = isUntouched(claim);
  const period = useMemo(
    () => ({ from: claim.from, through: claim.through }),
    [claim.from, claim.through],
  );
  return (
    <div className="calculator">
      <DraftsBar />
      <ClaimContextForm errors={contextErrors} />
      <section className="panel visits-panel" aria-labelledby="visits-heading">
        <h2 id="visits-heading">Visits</h2>
        <div className={selectedVisitId ? 'visits-layout with-math' : 'visits-layout'}>
          <div className="visits-main">
            <VisitGrid
              visits={claim.visits}
              lines={result.lines}
              period={period}
              selectedVisitId={selectedVisitId}
              onShowMath={showMath}
              onPasteRows={pasteIntoGrid}
            />
            <div className="visit-entry">
              <button
                type="button"
                id={ADD_VISIT_ID}
                className="primary"
                onClick={() => {
                  const id = claimActions().addVisit();
                  const row = selectActiveClaim(useClaimStore.getState()).visits.findIndex(
                    (visit) => visit.id === id,
                  );
                  moveCursor({ row, col: 'date' });
                }}
              >
                Add visit
              </button>
              <ExamplePicker />
            </div>
            <PasteReport outcome={pasteOutcome} />
            <PastePanel onPaste={pasteFromPanel} />
          </div>
          {selectedVisitId ? (
            <Suspense fallback={<p role="status">Opening the math for this visit…</p>}>
              <ShowMath
                claim={deferredClaim}
                result={deferredResult}
                visitId={selectedVisitId}
                onClose={closeMath}
              />
            </Suspense>
          ) : null}
        </div>
      </section>
      <div className="results">
        <ClaimLinesTable result={deferredResult} />
        <FindingsPanel
          findings={untouched ? noFindings : deferredResult.findings}
          waiting={untouched}
          visitIds={visitIds}
          onGoTo={goTo}
        />
      </div>
    </div>
  );
}

const noFindings: Finding[] = [];
