// Renders the desk reference the way the app shell does: the hash route decides what shows.
import { useHashRoute } from '../../../src/components/use-hash-route.ts';
import { ReferenceView } from '../../../src/features/reference/reference-view.tsx';

export function ReferenceAtHash() {
  const [area, ...route] = useHashRoute();
  return area === 'reference' ? <ReferenceView route={route} /> : <p>Elsewhere: {area}</p>;
}
