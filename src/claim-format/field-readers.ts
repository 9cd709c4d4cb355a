// How text typed or imported into a field is read, by the kind of value the field holds (the
// field table's `reads`): the one forgiving reader behind the grid's cells, and the text the
// draft then stores (dates as YYYY-MM-DD, times as HH:MM, minutes, dollars as 1250.00, codes by
// their code). Kinds with nothing to tidy keep the text as typed; the engine still checks it.
import { chooseCode, type CodeChoice } from './choose-code.ts';
import type { FieldSpec } from './field-spec.ts';
import { readDate, type ClaimPeriod } from './read-date.ts';
import { readDuration, writeDuration } from './read-duration.ts';
import { readModifiers, writeModifiers } from './read-modifiers.ts';
import { readMoneyCents, writeMoney } from './read-money.ts';
import { readOk, type Read } from './read-result.ts';
import { readTime } from './read-time.ts';

export interface FieldReadContext {
  /** The claim's period, which gives a date typed without a year (1/7) its year. */
  period?: ClaimPeriod;
  /** A code field's choices, with the names and abbreviations they are known by. */
  choices?: readonly CodeChoice[];
}

function written<T>(read: Read<T>, write: (value: T) => string): Read<string> {
  return read.ok ? readOk(write(read.value), read.note) : read;
}

/** Reads a field's typed text into the text the claim format stores; see the file's head. */
export function readFieldText(
  field: Pick<FieldSpec, 'reads'>,
  typed: string,
  context: FieldReadContext = {},
): Read<string> {
  switch (field.reads) {
    case 'date':
      return readDate(typed, context.period);
    case 'time':
      return readTime(typed);
    case 'duration':
      return written(readDuration(typed), writeDuration);
    case 'money':
      return written(readMoneyCents(typed), writeMoney);
    case 'modifiers':
      return written(readModifiers(typed), writeModifiers);
    case 'discipline':
    case 'credential':
    case 'service':
    case 'choice':
      return context.choices ? chooseCode(typed, context.choices) : readOk(typed);
    default:
      return readOk(typed);
  }
}
