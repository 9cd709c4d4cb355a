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
