// The shell: product name, navigation between the views (hash routes, so it works offline and
// can be bookmarked), notices that concern every view, and the frame of the view on screen.
import { useEffect } from 'react';
import { hrefFor, useHashRoute } from '../components/use-hash-route.ts';
import { UpdateNotice } from '../components/update-notice.tsx';
import { StaleTablesNotice } from '../features/reference/stale-tables-notice.tsx';
import { StorageNotice } from './storage-notice.tsx';
import { localToday } from './today.ts';
import { navigationViews, pageTitle, titleOf, viewFor } from './routes.ts';
import { ViewFrame } from './view-frame.tsx';
import { View } from './view.tsx';
import './app.css';

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
        <StorageNotice />
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
