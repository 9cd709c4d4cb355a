import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { codeTables } from '../../../src/data/index.ts';
import { buildClaimLinesCsv } from '../../../src/features/exchange/claim-lines-csv.ts';
import { ExchangeView } from '../../../src/features/exchange/exchange-view.tsx';
import { buildVisitLinesCsv } from '../../../src/features/exchange/visit-lines-csv.ts';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput, toEngineClaim } from '../../../src/state/draft-claim.ts';
import { evaluate, makeClaim, makeVisit } from '../../builders.ts';

function rowsOf(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

const claim = makeClaim({
  visits: [
    makeVisit({ id: 'V1', minutes: 45, charge: 150 }),
    makeVisit({ id: 'V2', date: '2026-03-12', discipline: 'PT', credential: 'PT', minutes: 5 }),
  ],
});

describe('buildClaimLinesCsv', () => {
  it('writes one row per UB-04 line in order, then the 0001 total', () => {
    const rows = rowsOf(buildClaimLinesCsv(evaluate(claim), codeTables));
    expect(rows[0]).toEqual([
      'Revenue code',
      'Description',
      'HCPCS',
      'Service date',
      'Units',
      'Charge',
      'Line kind',
      'Visit IDs',
    ]);
    expect(
      rows
        .slice(1)
        .map(([revenue, , hcpcs, date, units, charge, kind]) => [
          revenue,
          hcpcs,
          date,
          units,
          charge,
          kind,
        ]),
    ).toEqual([
      ['0023', '1FC21', '2026-03-10', '1', '0.00', 'HIPPS'],
      ['0421', 'G0151', '2026-03-12', '1', '', 'Visit'],
      ['0551', 'Q5001', '2026-03-10', '1', '0.01', 'Location'],
      ['0551', 'G0299', '2026-03-10', '3', '150.00', 'Visit'],
      ['0001', '', '', '6', '150.01', 'Total'],
    ]);
  });

  it('quotes cells that hold commas and keeps spreadsheets from running formulas', () => {
    const csv = buildClaimLinesCsv(evaluate(claim), codeTables);
    const descriptions = rowsOf(csv).map((row) => row[1]);
    expect(descriptions.some((text) => text?.includes(','))).toBe(true);
    expect(
      rowsOf(csv)
        .flat()
        .some((cell) => /^[=+@]/.test(cell)),
    ).toBe(false);
  });
});

describe('buildVisitLinesCsv', () => {
  it('writes each visit as entered, then its result columns', () => {
    const draft = draftFromClaimInput(claim);
    const rows = rowsOf(buildVisitLinesCsv(draft, evaluate(claim)));
    const header = rows[0] ?? [];
    const pick = (row: string[] | undefined, column: string) => row?.[header.indexOf(column)];
    // The headers a coder reads, from the field table.
    expect(header.slice(0, 4)).toEqual(['Visit ID', 'Date', 'Discipline', 'Credential']);
    expect(header).toContain('Travel minutes');
    expect(header).toContain('Days monitored');
    expect(
      rows
        .slice(1)
        .map((row) => [
          pick(row, 'Visit ID'),
          pick(row, 'Minutes'),
          pick(row, 'Charge'),
          pick(row, 'Result HCPCS'),
          pick(row, 'Result units'),
        ]),
    ).toEqual([
      ['V1', '45', '150', 'G0299', '3'],
      ['V2', '5', '', 'G0151', '1'],
    ]);
    expect(pick(rows[2], 'Result findings')).toMatch(/^warning: /);
  });

  it('writes activities as service:minutes pairs', () => {
    const draft = draftFromClaimInput(
      makeClaim({
        visits: [
          makeVisit({
            activities: [
              { service: 'observation', minutes: 20 },
              { service: 'training', minutes: 25 },
            ],
          }),
        ],
      }),
    );
    const rows = rowsOf(buildVisitLinesCsv(draft, evaluate(claim)));
    expect(rows[1]?.[(rows[0] ?? []).indexOf('Activities')]).toBe('observation:20; training:25');
  });
});

describe('the export buttons', () => {
  const downloads: { fileName: string; blob: Blob }[] = [];
  const blobs = new Map<string, Blob>();

  beforeEach(() => {
    localStorage.clear();
    useClaimStore.getState().reset();
    useClaimStore.getState().createDraft('Smith March', draftFromClaimInput(claim));
    downloads.length = 0;
    // jsdom has no object URLs or downloads: record what the page hands the browser.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        const url = `blob:test/${blobs.size}`;
        blobs.set(url, blob);
        return url;
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (blob) downloads.push({ fileName: this.download, blob });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('downloads the claim lines of the active draft as CSV', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.click(screen.getByRole('button', { name: 'Download claim lines (CSV)' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['smith-march-claim-lines.csv']);
    const text = await downloads[0]?.blob.text();
    expect(text).toBe(buildClaimLinesCsv(evaluate(claim), codeTables));
    expect(downloads[0]?.blob.type).toMatch(/^text\/csv/);
  });

  it('says how many errors the claim has before it is exported, and links to them', () => {
    const withoutAssessment = makeClaim({ occurrenceCodes: [] });
    useClaimStore.getState().createDraft('No OC 50', draftFromClaimInput(withoutAssessment));
    const errors = evaluate(withoutAssessment).findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['occurrence-50-missing']);
    render(<ExchangeView />);
    const status = screen.getByText(/^This claim has/);
    expect(status).toHaveRole('status');
    expect(status).toHaveTextContent('This claim has 1 error: the payer may return it');
    expect(within(status).getByRole('link', { name: 'See the findings' })).toHaveAttribute(
      'href',
      '#/calculator',
    );
  });

  it('says nothing of errors for a claim without any', () => {
    const clean = makeClaim();
    useClaimStore.getState().createDraft('Clean', draftFromClaimInput(clean));
    expect(evaluate(clean).findings.filter((f) => f.severity === 'error')).toEqual([]);
    render(<ExchangeView />);
    expect(screen.queryByText(/This claim has/)).not.toBeInTheDocument();
  });

  it('downloads the visits with their results as CSV', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.click(screen.getByRole('button', { name: 'Download visits with results (CSV)' }));
    expect(downloads.map((d) => d.fileName)).toEqual(['smith-march-visits.csv']);
    expect(rowsOf((await downloads[0]?.blob.text()) ?? '')).toHaveLength(3);
  });

  it('round-trips the whole claim: download as JSON, open it again as a new draft', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.click(screen.getByRole('button', { name: 'Download the whole claim (JSON)' }));
    const [download] = downloads;
    expect(download?.fileName).toBe('smith-march-claim.json');
    const text = (await download?.blob.text()) ?? '';
    expect(JSON.parse(text)).toMatchObject({ format: 'visit-to-claim/claim', version: 2 });

    await user.upload(
      screen.getByLabelText('Claim file (JSON)'),
      new File([text], 'smith-march-claim.json', { type: 'application/json' }),
    );
    await user.click(await screen.findByRole('button', { name: 'Open as a new draft' }));
    const state = useClaimStore.getState();
    expect(state.drafts.map((d) => d.name)).toEqual(['Draft 1', 'Smith March', 'Smith March (2)']);
    expect(selectActiveClaim(state)).toEqual(state.drafts[1]?.claim);
  });

  it('round-trips the visits: download as CSV, import into a new draft, same results', async () => {
    const user = userEvent.setup();
    render(<ExchangeView />);
    await user.click(screen.getByRole('button', { name: 'Download visits with results (CSV)' }));
    const text = (await downloads[0]?.blob.text()) ?? '';

    await user.upload(
      screen.getByLabelText('CSV or TSV file of visits'),
      new File([text], 'smith-march-visits.csv', { type: 'text/csv' }),
    );
    expect(await screen.findByText('2 good rows, 0 rows with problems')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'A new draft' }));
    await user.click(screen.getByRole('button', { name: 'Import 2 visits' }));
    const state = useClaimStore.getState();
    const [, original, imported] = state.drafts;
    expect(imported?.name).toBe('smith-march-visits');
    // The reader gives money in the claim format's one spelling: 150 comes back as 150.00.
    expect(imported?.claim.visits).toEqual(
      original?.claim.visits.map((visit) =>
        visit.charge === '150' ? { ...visit, charge: '150.00' } : visit,
      ),
    );
    expect(evaluate(toEngineClaim(imported?.claim ?? draftFromClaimInput({})))).toEqual(
      evaluate(claim),
    );
  });
});
