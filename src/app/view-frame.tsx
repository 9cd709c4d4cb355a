// The frame around the view on screen: a loading line while its code arrives, a fallback if it
// breaks, and, once the view or its fallback is on screen, the word to public/first-view.js
// that the app runs. The announcement sits beside the error boundary, not inside it, so a view
// that breaks still lets go of the clicks held before the app ran ("Try again" among them).
import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { AnnounceRunning } from './announce-running.tsx';

export function ViewFrame({ title, children }: { title: string; children: ReactNode }) {
  const name = title.toLowerCase();
  return (
    <Suspense fallback={<p role="status">Loading {name}…</p>}>
      <ErrorBoundary name={`the ${name} view`}>{children}</ErrorBoundary>
      <AnnounceRunning />
    </Suspense>
  );
}
