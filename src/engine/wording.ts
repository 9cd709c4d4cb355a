// Small helpers that keep findings' messages grammatical.

/** "a PT", "an RN", "an LPN": the article goes by how the abbreviation is spoken. */
export function withArticle(abbreviation: string): string {
  return `${/^[AEFHILMNORSX]/.test(abbreviation) ? 'an' : 'a'} ${abbreviation}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Minutes after midnight as "HH:MM". */
export function clockTime(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** 1410 minutes as "23 h 30 min"; whole hours as "16 h". */
export function hoursAndMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/**
 * Why a dated code is not valid on `date`, a day outside its dates: "ended on 2015-12-31" when
 * the date is past its end, else "starts on 2024-01-01".
 */
export function notEffectiveReason(
  row: { effectiveFrom?: string | undefined; effectiveTo?: string | undefined },
  date: string,
): { ended: boolean; reason: string } {
  const ended = row.effectiveTo !== undefined && date > row.effectiveTo;
  return {
    ended,
    reason: ended
      ? `ended on ${row.effectiveTo}`
      : `starts on ${row.effectiveFrom ?? 'a later date'}`,
  };
}
