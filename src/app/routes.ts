// The app's routes: which view a hash route shows, the titles of the views, and the page title.

/** Views reached from the main navigation, in its order. */
export const navigationViews = [
  { id: 'calculator', label: 'Calculator' },
  { id: 'reference', label: 'Reference' },
  { id: 'training', label: 'Training' },
  { id: 'exchange', label: 'Import and export' },
] as const;

export type ViewId = (typeof navigationViews)[number]['id'] | 'print' | 'share' | 'privacy';

const titles: Record<ViewId, string> = {
  calculator: 'Calculator',
  reference: 'Reference',
  training: 'Training',
  exchange: 'Import and export',
  print: 'Print the claim',
  share: 'Shared claim',
  privacy: 'Privacy',
};

export function viewFor(route: readonly string[]): ViewId {
  const first = route[0];
  if (first === 'print' || first === 'share' || first === 'privacy') return first;
  return navigationViews.find((view) => view.id === first)?.id ?? 'calculator';
}

export function titleOf(view: ViewId): string {
  return titles[view];
}

/**
 * The browser's title for a route, so tabs, bookmarks and history tell views and reference
 * entries apart: "G0299 · Reference · Visit-to-Claim". A shared claim's address is its data, never
 * a title.
 */
export function pageTitle(route: readonly string[]): string {
  const view = viewFor(route);
  const entry = view === 'reference' ? route[2] : undefined;
  const viewTitle = view === 'calculator' ? undefined : titleOf(view);
  return [entry, viewTitle, 'Visit-to-Claim'].filter((part) => part !== undefined).join(' · ');
}
