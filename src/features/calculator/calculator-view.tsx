// The calculator: drafts, the claim's context, the visit grid with live results, show the math,
// the UB-04 claim lines and the findings. Results are derived from the inputs on each render.
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { codeTables } from '../../data/index.ts';
import type { Finding } from '../../engine/index.ts';
import {
  claimActions,
  selectActiveClaim,
  selectActiveDraft,
  useClaimStore,
} from '../../state/claim-store.ts';
import { optionalGridColumns, useGridColumns } from '../../state/grid-columns.ts';
import { ClaimContextForm, type FieldErrors } from './claim-context-form.tsx';
import { ClaimLinesTable } from './claim-lines-table.tsx';
import { DraftsBar } from './drafts-bar.tsx';
import type { FindingTarget } from './finding-target.ts';
import { FindingsPanel } from './findings-panel.tsx';
import { cellMessage } from './grid-rows.ts';
import { focusWhenRendered, revealGridRow } from './grid-window.ts';
import type * as PasteVisitsModule from './paste-visits.ts';
import { PASTE_LOAD_FAILURE, PastePanel, PasteReport, type PasteOutcome } from './paste-panel.tsx';
import { ShowMath } from './show-math.tsx';
import { useClaimResult } from './use-claim-result.ts';
import { GridCallbacksContext, type GridCallbacks } from './grid-callbacks.ts';
import { VisitGrid } from './visit-grid.tsx';
import './calculator.css';

/** Messages of invalid-input findings about claim-level fields, by field; stable while unchanged. */
function useContextErrors(findings: Finding[]): FieldErrors {
  const key = JSON.stringify(
    findings
      .filter((f) => f.rule === 'invalid-input' && f.field && !f.field.startsWith('visits['))
      .map((f) => [f.field, cellMessage(f)]),
  );
  return useMemo(() => {
    const errors: FieldErrors = {};
    for (const [field, message] of JSON.parse(key) as [string, string][]) errors[field] ??= message;
    return errors;
  }, [key]);
}

/** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes the last edit of the active draft. */
function useUndoShortcuts(): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z') {
        event.preventDefault();
        if (event.shiftKey) claimActions().redo();
        else claimActions().undo();
      } else if (key === 'y' && !event.shiftKey) {
        event.preventDefault();
        claimActions().redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

export function CalculatorView() {
  const claim = useClaimStore(selectActiveClaim);
  const draftId = useClaimStore((state) => selectActiveDraft(state)?.id ?? '');
  const result = useClaimResult(claim);
  // The grid's own results update with the keystroke; the panels below follow a moment later.
  const deferredResult = useDeferredValue(result);
  const deferredClaim = useDeferredValue(claim);
  const [selection, setSelection] = useState<{ draftId: string; visitId: string } | null>(null);
  const selectedVisitId = selection?.draftId === draftId ? selection.visitId : null;
  const [pasteOutcome, setPasteOutcome] = useState<PasteOutcome | null>(null);
  useUndoShortcuts();

  const visitIdsKey = claim.visits.map((visit) => visit.id).join('\u0000');
  const visitIds = useMemo(
    () => (visitIdsKey === '' ? [] : visitIdsKey.split('\u0000')),
    [visitIdsKey],
  );
  const contextErrors = useContextErrors(deferredResult.findings);

  const gridCallbacks: GridCallbacks = useMemo(
    () => ({
      selectVisit: (visitId: string) => {
        setSelection({ draftId: selectActiveDraft(useClaimStore.getState())?.id ?? '', visitId });
        focusWhenRendered('show-math-heading');
      },
    }),
    [],
  );

  const goTo = useCallback((target: FindingTarget) => {
    const state = useClaimStore.getState();
    if (target.activityIndex !== undefined && target.visitIndex !== undefined) {
      const visitId = selectActiveClaim(state).visits[target.visitIndex]?.id;
      if (visitId) setSelection({ draftId: selectActiveDraft(state)?.id ?? '', visitId });
    }
    if (target.visitIndex !== undefined && target.activityIndex === undefined)
      revealGridRow(target.visitIndex);
    // A finding about a hidden column shows the column, so the coder can correct it.
    const column = optionalGridColumns.find((candidate) => candidate === target.visitField);
    if (column) useGridColumns.getState().setShown(column, true);
    focusWhenRendered(target.elementId);
  }, []);

  // The parser loads on the first paste; true when the rows were read (the panel then clears).
  const paste = useCallback(async (text: string): Promise<boolean> => {
    let pasteVisits: typeof PasteVisitsModule;
    try {
      pasteVisits = await import('./paste-visits.ts');
    } catch {
      setPasteOutcome({ added: 0, problems: [], failure: PASTE_LOAD_FAILURE });
      return false;
    }
    const parsed = pasteVisits.parsePastedVisits(text, codeTables);
    if (parsed.visits.length > 0) claimActions().appendVisits(parsed.visits);
    setPasteOutcome({ added: parsed.visits.length, problems: parsed.problems });
    return true;
  }, []);

  return (
    <div className="calculator">
      <DraftsBar />
      <ClaimContextForm errors={contextErrors} />
      <section className="panel visits-panel" aria-labelledby="visits-heading">
        <h2 id="visits-heading">Visits</h2>
        <GridCallbacksContext.Provider value={gridCallbacks}>
          <VisitGrid
            visits={claim.visits}
            lines={result.lines}
            selectedVisitId={selectedVisitId}
            onPasteRows={paste}
          />
        </GridCallbacksContext.Provider>
        <PasteReport outcome={pasteOutcome} />
        <PastePanel onPaste={paste} />
      </section>
      {selectedVisitId ? (
        <ShowMath
          claim={deferredClaim}
          result={deferredResult}
          visitId={selectedVisitId}
          onClose={() => setSelection(null)}
        />
      ) : null}
      <div className="results">
        <ClaimLinesTable result={deferredResult} />
        <FindingsPanel findings={deferredResult.findings} visitIds={visitIds} onGoTo={goTo} />
      </div>
    </div>
  );
}
