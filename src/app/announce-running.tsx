// Tells public/first-view.js that the app owns the page (React has taken over the view or drawn
// it: this sits in the view's Suspense boundary, which React takes over after the shell), so
// the clicks and entries it held on the built-in calculator can now be carried out.
import { useEffect } from 'react';

/** The document event public/first-view.js waits for; that file spells it out too. */
export const APP_RUNNING_EVENT = 'visit-to-claim:app-running';

export function AnnounceRunning(): null {
  useEffect(() => {
    // From a task of its own: a click carried out while React is still running effects is lost.
    const announce = setTimeout(() => document.dispatchEvent(new Event(APP_RUNNING_EVENT)), 0);
    return () => clearTimeout(announce);
  }, []);
  return null;
}
