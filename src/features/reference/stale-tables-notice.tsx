import { tablesReviewedOn } from '../../data/index.ts';
import { areTablesStale } from './stale-tables.ts';

/**
 * Says, on every view, when the code tables were last reviewed more than a year before
 * `today` (an ISO date from the caller). Renders nothing while the tables are current.
 */
export function StaleTablesNotice({ today }: { today: string }) {
  if (!areTablesStale(tablesReviewedOn, today)) return null;
  return (
    <p role="note" className="reference-stale">
      <strong>Code tables may be out of date.</strong> They were last reviewed on {tablesReviewedOn}
      , more than a year before {today}. Check codes against the current sources before billing.
    </p>
  );
}
