// The claim format's forgiving readers as the grid uses them, loaded after the first paint (they
// are needed at the first edit, not to draw the page). A code is its exact code, then a name or
// abbreviation ("HHA" is AIDE, "LVN" is LPN), then a unique prefix; nothing ever cycles. Dates
// (1/7, 1/7/2026) come back as YYYY-MM-DD, times (9:05 AM) as HH:MM, lengths of time (1:05) as
// minutes, amounts ($1,250) as 1250.00. Text a reader cannot read is kept as typed.
import { chooseCode, suggestCodes, type CodeChoice } from '../../claim-format/choose-code.ts';
import { credentialChoices, disciplineChoices } from '../../claim-format/read-clinician.ts';
import { readDate, type ClaimPeriod } from '../../claim-format/read-date.ts';
import { readDuration } from '../../claim-format/read-duration.ts';
import { readMoneyCents, writeMoney } from '../../claim-format/read-money.ts';
import type { Read } from '../../claim-format/read-result.ts';
import { readTime } from '../../claim-format/read-time.ts';
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

function asText(read: Read<string | number>, write: (value: number) => string = String) {
  if (!read.ok) return null;
  return typeof read.value === 'number' ? write(read.value) : read.value;
}

export function readCell(column: EditColumn, typed: string, period: ClaimPeriod): string {
  switch (column.reads) {
    case 'code':
      return asText(chooseCode(typed, choicesFor(column))) ?? typed;
    case 'date':
      return asText(readDate(typed, period)) ?? typed;
    case 'time':
      return asText(readTime(typed)) ?? typed;
    case 'duration':
      return asText(readDuration(typed)) ?? typed;
    case 'money':
      return asText(readMoneyCents(typed), writeMoney) ?? typed;
    case 'as-typed':
      return typed;
  }
}

export function suggestCells(column: EditColumn, text: string, limit: number): Choice[] {
  const shown = new Map((column.choices ?? []).map((choice) => [choice.code, choice]));
  // Listed with the words the grid shows (the table's name), found by every name.
  return suggestCodes(text, choicesFor(column), limit).map(
    (choice) => shown.get(choice.code) ?? choice,
  );
}
