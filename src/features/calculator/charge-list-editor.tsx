// The charge list: the usual charge for a visit of each discipline, which a new visit's Charge
// starts with. A charge typed in a visit's own cell always wins.
import { codeTables } from '../../data/index.ts';
import { useChargeList } from '../../state/charge-list.ts';

export function ChargeListEditor() {
  const charges = useChargeList((state) => state.charges);
  const setCharge = useChargeList((state) => state.setCharge);
  const listed = Object.keys(charges).length;
  return (
    <details className="charge-list">
      <summary>Charges by discipline{listed > 0 ? ` (${listed} set)` : ''}</summary>
      <fieldset>
        <legend>Usual charge for a new visit, in dollars</legend>
        <p className="muted">
          A new visit&rsquo;s Charge starts with its discipline&rsquo;s charge; a charge typed in a
          visit is its own. Kept in this browser.
        </p>
        {codeTables.disciplines.map((row) => (
          <label key={row.code}>
            <span>
              Charge for {row.code} <span className="visually-hidden">({row.name})</span>
            </span>
            <input
              type="text"
              inputMode="decimal"
              autoComplete="off"
              placeholder="e.g. 175.00"
              value={charges[row.code] ?? ''}
              onChange={(event) => setCharge(row.code, event.target.value)}
            />
          </label>
        ))}
      </fieldset>
    </details>
  );
}
