// The desk reference: every code set the engine uses, one search box across all of them,
// an "as of" date, and an address for every code (#/reference/<set>/<code>).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { hrefFor, setHashSetting, useHashSetting } from '../../components/use-hash-route.ts';
import { isIsoDate, whyNotOnCalendar } from '../../engine/index.ts';
import { CodeSetPage } from './code-set-page.tsx';
import { ReferenceEntryPage } from './reference-entry-page.tsx';
import { getReferenceIndex, type ReferenceIndex } from './reference-index.ts';
import { ReferenceOverview } from './reference-overview.tsx';
import { ReferenceSearchResults } from './reference-search-results.tsx';
import { searchReference } from './search-reference.ts';
import { SourcesReviewNote } from './sources-review-note.tsx';
import './reference.css';

function RouteContent({
  index,
  route,
  asOf,
}: {
  index: ReferenceIndex;
  route: readonly string[];
  asOf: string;
}) {
  const [setId, key] = route;
  if (setId === undefined) return <ReferenceOverview sets={index.sets} />;
  const set = index.findSet(setId);
  if (set === undefined) {
    return (
      <section aria-labelledby="reference-missing">
        <h3 id="reference-missing">No code set “{setId}”</h3>
        <p>
          <a href={hrefFor('reference')}>See every code set</a>
        </p>
      </section>
    );
  }
  if (key === undefined) {
    return (
      <>
        {set.id === 'sources' ? <SourcesReviewNote /> : null}
        <CodeSetPage set={set} asOf={asOf} />
      </>
    );
  }
  const entry = index.findEntry(set.id, key);
  if (entry === undefined) {
    return (
      <section aria-labelledby="reference-missing">
        <h3 id="reference-missing">
          {set.title}: no entry “{key}”
        </h3>
        <p>
          These tables have no {key} in {set.title}.{' '}
          <a href={hrefFor('reference', set.id)}>See all {set.title}</a>
        </p>
      </section>
    );
  }
  return <ReferenceEntryPage set={set} entry={entry} asOf={asOf} />;
}

const AS_OF_SETTING = 'as-of';

/**
 * What is wrong with the "as of" date, if anything: one the browser could not read as typed,
 * or one from the address that is no date. Either way every date is shown, and says so.
 */
function asOfProblem(asOfInput: string, unreadable: boolean): string | undefined {
  if (unreadable) return 'As of: that date is not on the calendar. Showing every date.';
  if (asOfInput === '' || isIsoDate(asOfInput)) return undefined;
  const why = whyNotOnCalendar(asOfInput) ?? `"${asOfInput}" is not a date written YYYY-MM-DD.`;
  return `As of: ${why} Showing every date.`;
}

/** `route` is the address after "reference": [], ['hcpcs'], ['hcpcs', 'G0299'], ['sources']. */
export function ReferenceView({ route }: { route: string[] }) {
  const index = getReferenceIndex();
  const ids = useId();
  const routeKey = route.join('/');
  // The "as of" date is kept in the address (?as-of=…) so a page can be bookmarked or shared;
  // links within the reference drop it, so it is written back after each one.
  const addressAsOf = useHashSetting(AS_OF_SETTING);
  const [asOfInput, setAsOfInput] = useState(addressAsOf);
  const [lastAddressAsOf, setLastAddressAsOf] = useState(addressAsOf);
  if (addressAsOf !== lastAddressAsOf) {
    setLastAddressAsOf(addressAsOf);
    if (addressAsOf !== '') setAsOfInput(addressAsOf);
  }
  // A search belongs to the page it was typed on: following a result (or any link) clears it.
  const [search, setSearch] = useState({ text: '', routeKey });
  const query = search.routeKey === routeKey ? search.text : '';
  const asOf = isIsoDate(asOfInput) ? asOfInput : '';
  // A date field holds no value while what is typed in it is no date; only its validity tells.
  const [asOfUnreadable, setAsOfUnreadable] = useState(false);
  const asOfField = useRef<HTMLInputElement>(null);
  const noteUnreadable = (event: { currentTarget: HTMLInputElement }) =>
    setAsOfUnreadable(event.currentTarget.validity.badInput);
  const problem = asOfProblem(asOfInput, asOfUnreadable);
  useEffect(() => {
    if (addressAsOf !== asOf) setHashSetting(AS_OF_SETTING, asOf);
  }, [routeKey, addressAsOf, asOf]);
  const results = useMemo(() => searchReference(index, query, asOf), [index, query, asOf]);
  const [activeSet] = route;

  return (
    <div className="reference">
      <h2>Desk reference</h2>
      <form
        role="search"
        aria-label="Desk reference"
        className="reference-controls"
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="reference-control">
          <label htmlFor={`${ids}-search`}>Search all code sets</label>
          <input
            id={`${ids}-search`}
            type="search"
            value={query}
            aria-describedby={`${ids}-search-hint`}
            onChange={(event) => setSearch({ text: event.target.value, routeKey })}
          />
          <span id={`${ids}-search-hint`} className="reference-hint">
            A code (G0299, g 0299) or words (lpn training)
          </span>
        </div>
        <div className="reference-control">
          <label htmlFor={`${ids}-as-of`}>As of</label>
          <input
            ref={asOfField}
            id={`${ids}-as-of`}
            type="date"
            value={asOfInput}
            aria-describedby={`${ids}-as-of-hint`}
            aria-invalid={problem === undefined ? undefined : true}
            onChange={(event) => setAsOfInput(event.target.value)}
            // The browser sends no input event while the field's value stays empty, so the
            // keys and leaving the field are where an unreadable date shows.
            onKeyUp={noteUnreadable}
            onBlur={noteUnreadable}
          />
          <span
            id={`${ids}-as-of-hint`}
            className={problem === undefined ? 'reference-hint' : 'field-error'}
          >
            {problem ?? (asOf === '' ? 'Every date' : `Codes valid on ${asOf}`)}
          </span>
          {asOfInput === '' && !asOfUnreadable ? null : (
            <button
              type="button"
              onClick={() => {
                // Clears what the browser could not read too, which holds no value to reset.
                if (asOfField.current) asOfField.current.value = '';
                setAsOfInput('');
                setAsOfUnreadable(false);
              }}
            >
              Show every date
            </button>
          )}
        </div>
      </form>
      <nav aria-label="Code sets" className="reference-nav">
        <ul>
          <li>
            <a
              href={hrefFor('reference')}
              aria-current={activeSet === undefined ? 'page' : undefined}
            >
              All code sets
            </a>
          </li>
          {index.sets.map((set) => (
            <li key={set.id}>
              <a
                href={hrefFor('reference', set.id)}
                aria-current={activeSet === set.id ? 'page' : undefined}
              >
                {set.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {query.trim() === '' ? (
        <RouteContent index={index} route={route} asOf={asOf} />
      ) : (
        <ReferenceSearchResults query={query} results={results} sets={index.sets} />
      )}
    </div>
  );
}
