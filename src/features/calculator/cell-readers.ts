// The claim format's forgiving readers as the grid uses them, loaded after the first paint (they
// are needed at the first edit, not to draw the page). A code is its exact code, then a name or
// abbreviation ("HHA" is AIDE, "LVN" is LPN), then a unique prefix; nothing ever cycles. Dates
// (1/7, 1/7/2026) come back as YYYY-MM-DD, times (9:05 AM) as HH:MM, lengths of time (1:05) as
// minutes, amounts ($1,250) as 1250.00. Text a reader cannot read is kept as typed.
import { suggestCodes, type CodeChoice } from '../../claim-format/choose-code.ts';
import { credentialChoices, disciplineChoices } from '../../claim-format/read-clinician.ts';
import { readFieldText } from '../../claim-format/field-readers.ts';
import type { ClaimPeriod } from '../../claim-format/read-date.ts';
import { serviceChoices } from '../../claim-format/read-visit-type.ts';
import { codeTables } from '../../data/index.ts';
import type { VisitField } from '../../state/draft-claim.ts';
import type { Choice, EditColumn } from './visit-grid-columns.ts';

/** The choices with every name and abbreviation the reader knows them by. */
const namedChoices: Partial<Record<VisitField, readonly CodeChoice[]>> = {
  discipline: disciplineChoices(codeTables),
  credential: credentialChoices(codeTables),
  service: serviceChoices(codeTables),
};

function choicesFor(column: EditColumn): readonly CodeChoice[] {
  return namedChoices[column.field] ?? column.choices ?? [];
}

export function readCell(column: EditColumn, typed: string, period: ClaimPeriod): string {
  const read = readFieldText(column.spec, typed, { period, choices: choicesFor(column) });
  return read.ok ? read.value : typed;
}

export function suggestCells(column: EditColumn, text: string, limit: number): Choice[] {
  const shown = new Map((column.choices ?? []).map((choice) => [choice.code, choice]));
  // Listed with the words the grid shows (the table's name), found by every name.
  return suggestCodes(text, choicesFor(column), limit).map(
    (choice) => shown.get(choice.code) ?? choice,
  );
}
