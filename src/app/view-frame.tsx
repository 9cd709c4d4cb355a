// The frame around the view on screen: a loading line while its code arrives, and a fallback
// if it breaks, so one broken view never blanks the page.
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';

export function ViewFrame({ title, children }: { title: string; children: ReactNode }) {
  const name = title.toLowerCase();
  return (
    <Suspense fallback={<p role="status">Loading {name}…</p>}>
      <ErrorBoundary name={`the ${name} view`}>{children}</ErrorBoundary>
    </Suspense>
  );
}
