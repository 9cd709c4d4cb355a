// Import visits from a CSV or TSV file: columns matched by header name, a choice for each column
// the app does not recognise, a preview with every bad row (row, column, what is wrong), and
// nothing imported until the coder confirms: into the active draft, or as a new draft.
import { useId, useMemo, useState } from 'react';
import { codeTables } from '../../data/index.ts';
import {
  claimActions,
  selectActiveClaim,
  selectActiveDraft,
  useClaimStore,
} from '../../state/claim-store.ts';
import { visitColumnNames, visitFieldKeys } from '../../claim-format/visit-fields.ts';
import { useChargeList } from '../../state/charge-list.ts';
import { ColumnMappingStep } from './column-mapping-step.tsx';
import {
  appendImportedVisits,
  claimForImportedVisits,
  draftVisitsFromRows,
} from './imported-visits.ts';
import { ImportPreview } from './import-preview.tsx';
import { readFileText } from './read-file-text.ts';
import { rememberedMapping, rememberMapping } from './remembered-mappings.ts';
import {
  defaultMapping,
  delimiterForFileName,
  readVisitTable,
  type ColumnMapping,
  type VisitTable,
} from '../../claim-format/visits-csv.ts';
import { prepareVisitImport } from './visit-import.ts';

interface LoadedFile {
  fileName: string;
  table: VisitTable;
  mapping: ColumnMapping;
}

type Target = 'active' | 'new';

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'Imported visits';
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function ImportVisitsPanel() {
  const id = useId();
  const activeClaim = useClaimStore(selectActiveClaim);
  const activeName = useClaimStore((state) => selectActiveDraft(state)?.name ?? '');
  const payer = activeClaim.payer || 'medicare';
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [target, setTarget] = useState<Target>('active');
  const [newName, setNewName] = useState('');
  const [copyDetails, setCopyDetails] = useState(true);
  const [done, setDone] = useState<string | null>(null);

  const preview = useMemo(
    () =>
      loaded
        ? prepareVisitImport(loaded.table, loaded.mapping, { payer }, codeTables, {
            from: activeClaim.from,
            through: activeClaim.through,
          })
        : null,
    [loaded, payer, activeClaim.from, activeClaim.through],
  );

  async function chooseFile(file: File | undefined): Promise<void> {
    setDone(null);
    setReadProblem(null);
    setLoaded(null);
    if (!file) return;
    const read = await readFileText(file);
    if (!read.ok) {
      setReadProblem(read.problem);
      return;
    }
    const table = readVisitTable(read.text, { delimiter: delimiterForFileName(file.name) });
    const mapping = rememberedMapping(table.headers) ?? defaultMapping(table.headers);
    setLoaded({ fileName: file.name, table, mapping });
    setNewName(baseName(file.name));
    setTarget('active');
  }

  function confirm(): void {
    if (!loaded || !preview) return;
    rememberMapping(loaded.table.headers, loaded.mapping);
    const visits = draftVisitsFromRows(preview.goodRows);
    let into: string;
    if (target === 'new') {
      const name = newName.trim() || baseName(loaded.fileName);
      claimActions().createDraft(
        name,
        claimForImportedVisits(
          visits,
          useChargeList.getState().charges,
          copyDetails ? activeClaim : undefined,
        ),
      );
      into = `the new draft “${name}”`;
    } else {
      claimActions().updateClaim((claim) =>
        appendImportedVisits(claim, visits, useChargeList.getState().charges),
      );
      into = `“${activeName}”`;
    }
    setDone(`Imported ${plural(visits.length, 'visit', 'visits')} into ${into}.`);
    setLoaded(null);
  }

  const blocked = !preview || preview.goodRows.length === 0 || preview.mappingProblems.length > 0;

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Visits from a CSV or TSV file</h3>
      <p className="muted" id={`${id}-hint`}>
        An export from your EMR, EVV system or spreadsheet, with a header row. Columns are matched
        by name ({visitFieldKeys.map((field) => visitColumnNames[field]).join(', ')}, a clinician
        such as “Anna Smith, RN”, a task such as “PT Evaluation”); you can change what any column
        holds. Nothing is added until you confirm.
      </p>
      <label htmlFor={`${id}-file`}>CSV or TSV file of visits</label>{' '}
      <input
        id={`${id}-file`}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          void chooseFile(input.files?.[0]).finally(() => {
            input.value = '';
          });
        }}
      />
      {readProblem ? (
        <p role="alert" className="problem-list">
          {readProblem}
        </p>
      ) : null}
      {done ? (
        <p role="status">
          {done} <a href="#/calculator">Open the calculator</a>
        </p>
      ) : null}
      {loaded && preview ? (
        <div className="import-step">
          <p>
            File: <strong>{loaded.fileName}</strong>
          </p>
          <ColumnMappingStep
            headers={loaded.table.headers}
            mapping={loaded.mapping}
            onChange={(mapping) => setLoaded({ ...loaded, mapping })}
          />
          <ImportPreview preview={preview} />
          <fieldset>
            <legend>Import into</legend>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-target`}
                value="active"
                checked={target === 'active'}
                onChange={() => setTarget('active')}
              />
              The active draft (“{activeName}”), after its visits
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${id}-target`}
                value="new"
                checked={target === 'new'}
                onChange={() => setTarget('new')}
              />
              A new draft
            </label>
            {target === 'new' ? (
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-name`}>Name of the new draft</label>
                  <input
                    id={`${id}-name`}
                    type="text"
                    value={newName}
                    autoComplete="off"
                    onChange={(event) => setNewName(event.target.value)}
                  />
                </div>
                <label className="choice">
                  <input
                    type="checkbox"
                    checked={copyDetails}
                    onChange={(event) => setCopyDetails(event.target.checked)}
                  />
                  Copy the claim details (payer, type of bill, period, HIPPS and codes) from “
                  {activeName}”
                </label>
              </div>
            ) : null}
          </fieldset>
          <div className="actions">
            <button type="button" className="primary" disabled={blocked} onClick={confirm}>
              Import {plural(preview.goodRows.length, 'visit', 'visits')}
            </button>
            <button type="button" onClick={() => setLoaded(null)}>
              Cancel import
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
