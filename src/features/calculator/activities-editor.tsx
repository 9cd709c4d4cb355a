// Splits a visit that mixed services into activities with their minutes. The engine codes the
// visit by the activity with the most minutes and counts the minutes of all of them.
import { claimActions } from '../../state/claim-store.ts';
import type { DraftActivity, DraftVisit } from '../../state/draft-claim.ts';
import { serviceOptions } from './options.ts';
import { AddRowButton, RemoveRowButton } from './row-buttons.tsx';

export function ActivitiesEditor({ visit, index }: { visit: DraftVisit; index: number }) {
  const number = index + 1;
  const save = (activities: DraftActivity[], key: string | null = null) =>
    claimActions().setActivities(visit.id, activities, key);
  const change = (position: number, patch: Partial<DraftActivity>) =>
    save(
      visit.activities.map((activity, i) =>
        i === position ? { ...activity, ...patch } : activity,
      ),
      `activity:${visit.id}:${position}:${Object.keys(patch)[0]}`,
    );
  return (
    <fieldset className="activities">
      <legend>Activities of visit {number}</legend>
      {visit.activities.length === 0 ? (
        <p className="muted">
          One service. If the visit mixed services, split it into activities with their minutes.
        </p>
      ) : null}
      {visit.activities.map((activity, position) => (
        <div className="field-row" key={position}>
          <div className="field">
            <label htmlFor={`activity-${index}-${position}-service`}>
              Activity {position + 1} service
            </label>
            <select
              id={`activity-${index}-${position}-service`}
              value={activity.service}
              onChange={(event) => change(position, { service: event.target.value })}
            >
              <option value="">—</option>
              {serviceOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field size-code">
            <label htmlFor={`activity-${index}-${position}-minutes`}>
              Activity {position + 1} minutes
            </label>
            <input
              id={`activity-${index}-${position}-minutes`}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={activity.minutes}
              onChange={(event) => change(position, { minutes: event.target.value })}
            />
          </div>
          <RemoveRowButton
            rowName={`activity ${position + 1}`}
            onRemove={() => save(visit.activities.filter((_, i) => i !== position))}
          />
        </div>
      ))}
      <AddRowButton
        id={`activity-${index}-add`}
        onAdd={() =>
          save([
            ...visit.activities,
            { service: visit.activities.length === 0 ? visit.service : '', minutes: '' },
          ])
        }
        firstFieldId={`activity-${index}-${visit.activities.length}-service`}
      >
        {visit.activities.length === 0 ? 'Split into activities' : 'Add activity'}
      </AddRowButton>
    </fieldset>
  );
}
