// The shell: product name, navigation between the views (hash routes, so it works offline and
// can be bookmarked), notices that concern every view, and the frame of the view on screen.
import { lazy, Suspense, useEffect } from 'react';
import { hrefFor, useHashRoute } from '../components/use-hash-route.ts';
import { UpdateNotice } from '../components/update-notice.tsx';
import { StaleTablesNotice } from '../features/reference/stale-tables-notice.tsx';
import { useStorageStatus } from '../state/storage-status.ts';
import { localToday } from './today.ts';
import { navigationViews, pageTitle, titleOf, viewFor } from './routes.ts';
import { ViewFrame } from './view-frame.tsx';
import { View } from './view.tsx';
import './app.css';

const StorageNotice = lazy(() =>
  import('./storage-notice.tsx').then((module) => ({ default: module.StorageNotice })),
);

/** The storage notices' code loads only when there is something to say (a refused save, data set aside). */
function StorageNotices() {
  const any = useStorageStatus(
    (status) =>
      status.notices.length > 0 || status.saveFailure !== null || status.readOnly !== null,
  );
  return any ? (
    <Suspense fallback={null}>
      <StorageNotice />
    </Suspense>
  ) : null;
}

export function App() {
  const route = useHashRoute();
  const documentTitle = pageTitle(route);
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  const view = viewFor(route);
  const title = titleOf(view);
  return (
    <>
      <header className="app-header">
        <p className="product">Visit-to-Claim</p>
        <nav aria-label="Main">
          <ul>
            {navigationViews.map((v) => (
              <li key={v.id}>
                <a href={hrefFor(v.id)} aria-current={v.id === view ? 'page' : undefined}>
                  {v.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <h1 className={view === 'calculator' ? 'visually-hidden' : undefined}>{title}</h1>
        <UpdateNotice />
        <StaleTablesNotice today={localToday()} />
        <StorageNotices />
        <ViewFrame key={view} title={title}>
          <View view={view} route={route} />
        </ViewFrame>
      </main>
      <footer className="app-footer">
        <p>
          Your claims stay in this browser; nothing is sent anywhere.{' '}
          <a href={hrefFor('privacy')}>Privacy and how to clear your data</a>
        </p>
      </footer>
    </>
  );
}
