// The app's routes: which view a hash route shows, and the titles of the views.

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
