// The one place the grid reads what a coder typed into a cell, when the edit is committed, and
// the short list of choices a code cell offers while typing, both by the claim format's
// forgiving readers (src/claim-format/). A code is its exact code, then a name or abbreviation
// ("HHA" is AIDE, "LVN" is LPN), then a unique prefix; nothing ever cycles. Dates (1/7,
// 1/7/2026) come back as YYYY-MM-DD, times (9:05 AM) as HH:MM, lengths of time (1:05) as
// minutes, amounts ($1,250) as 1250.00. Text the reader cannot read is kept as typed, and the
// engine marks it in the cell.
import { chooseCode, suggestCodes } from '../../claim-format/choose-code.ts';
import { readDate, type ClaimPeriod } from '../../claim-format/read-date.ts';
import { readDuration } from '../../claim-format/read-duration.ts';
import { readMoneyCents, writeMoney } from '../../claim-format/read-money.ts';
import type { Read } from '../../claim-format/read-result.ts';
import { readTime } from '../../claim-format/read-time.ts';
import type { Choice, EditColumn } from './visit-grid-columns.ts';

export type { ClaimPeriod };

function asText(read: Read<string | number>, write: (value: number) => string = String) {
  if (!read.ok) return null;
  return typeof read.value === 'number' ? write(read.value) : read.value;
}

/** The value to store for `text` committed in a cell of `column`. */
export function readTypedCell(column: EditColumn, text: string, period: ClaimPeriod): string {
  const typed = text.trim();
  if (typed === '') return '';
  switch (column.reads) {
    case 'code':
      return asText(chooseCode(typed, column.choices ?? [])) ?? typed;
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

/** Up to `limit` choices for the typed text, best first (the whole list while it is blank). */
export function suggestChoices(column: EditColumn, text: string, limit = 6): Choice[] {
  return suggestCodes(text, column.choices ?? [], limit);
}
