// Small helpers that keep findings' messages grammatical.

/** "a PT", "an RN", "an LPN": the article goes by how the abbreviation is spoken. */
export function withArticle(abbreviation: string): string {
  return `${/^[AEFHILMNORSX]/.test(abbreviation) ? 'an' : 'a'} ${abbreviation}`;
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
