// Header names are matched by their letters and digits only: case, spaces, punctuation and
// underscores do not matter ("Visit Date", "visit_date", "VISIT-DATE" and "Visit date:" are one
// name), as for code choices.
import { codeKey } from './choose-code.ts';

/** "Travel minutes", "travel_minutes" and "TravelMinutes" all become "travelminutes". */
export function normaliseHeader(text: string): string {
  return codeKey(text);
}
