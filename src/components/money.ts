// Money on screen, in exports and on the print view: whole cents in, dollars out, with no
// floats on the way. Thousands are grouped by hand: the app's figures are always US dollars,
// and starting the browser's number formatter costs the first view tens of milliseconds.

/** 16500 → "165.00" (for CSV cells). */
export function centsToDecimal(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 1650000 → "$16,500.00". */
export function formatDollars(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const dollars = String(Math.floor(abs / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}$${dollars}.${String(abs % 100).padStart(2, '0')}`;
}
