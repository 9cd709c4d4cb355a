// The shell: product name, navigation between the views (hash routes, so it works offline and
// can be bookmarked), a notice when saved data could not be read, and an error boundary per view.
import { ErrorBoundary } from '../components/error-boundary.tsx';
import { hrefFor, useHashRoute } from '../components/use-hash-route.ts';
import { UpdateNotice } from '../components/update-notice.tsx';
import { CalculatorView } from '../features/calculator/calculator-view.tsx';
import { ReferenceView } from '../features/reference/reference-view.tsx';
import { StorageNotice } from './storage-notice.tsx';
import './app.css';

const views = [
  { id: 'calculator', label: 'Calculator' },
  { id: 'reference', label: 'Reference' },
  { id: 'training', label: 'Training' },
] as const;

type ViewId = (typeof views)[number]['id'];

function currentView(route: string[]): ViewId {
  const first = route[0];
  return views.find((view) => view.id === first)?.id ?? 'calculator';
}

function View({ view, route }: { view: ViewId; route: string[] }) {
  if (view === 'reference') return <ReferenceView route={route.slice(1)} />;
  if (view === 'training')
    return <p className="placeholder">Training scenarios and a quiz are coming here.</p>;
  return <CalculatorView />;
}

export function App() {
  const route = useHashRoute();
  const view = currentView(route);
  const label = views.find((v) => v.id === view)?.label ?? '';
  return (
    <>
      <header className="app-header">
        <p className="product">Visit-to-Claim</p>
        <nav aria-label="Main">
          <ul>
            {views.map((v) => (
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
        <h1 className={view === 'calculator' ? 'visually-hidden' : undefined}>{label}</h1>
        <UpdateNotice />
        <StorageNotice />
        <ErrorBoundary key={view} name={`the ${label.toLowerCase()}`}>
          <View view={view} route={route} />
        </ErrorBoundary>
      </main>
    </>
  );
}
