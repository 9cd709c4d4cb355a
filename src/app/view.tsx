// Which view each route shows. The calculator is the first view and loads with the app; the other
// views load on first use, so the first screen stays small and fast.
import { lazy } from 'react';
import { CalculatorView } from '../features/calculator/calculator-view.tsx';

const ReferenceView = lazy(() =>
  import('../features/reference/reference-view.tsx').then((module) => ({
    default: module.ReferenceView,
  })),
);
const TrainingView = lazy(() =>
  import('../features/training/training-view.tsx').then((module) => ({
    default: module.TrainingView,
  })),
);
const ExchangeView = lazy(() =>
  import('../features/exchange/exchange-view.tsx').then((module) => ({
    default: module.ExchangeView,
  })),
);
const PrintView = lazy(() =>
  import('../features/exchange/print-view.tsx').then((module) => ({ default: module.PrintView })),
);
const SharedClaimView = lazy(() =>
  import('../features/exchange/shared-claim-view.tsx').then((module) => ({
    default: module.SharedClaimView,
  })),
);
const PrivacyView = lazy(() =>
  import('./privacy-view.tsx').then((module) => ({ default: module.PrivacyView })),
);

import type { ViewId } from './routes.ts';

export function View({ view, route }: { view: ViewId; route: string[] }) {
  switch (view) {
    case 'reference':
      return <ReferenceView route={route.slice(1)} />;
    case 'training':
      return <TrainingView />;
    case 'exchange':
      return <ExchangeView />;
    case 'print':
      return <PrintView />;
    case 'share':
      return <SharedClaimView />;
    case 'privacy':
      return <PrivacyView />;
    default:
      return <CalculatorView />;
  }
}
