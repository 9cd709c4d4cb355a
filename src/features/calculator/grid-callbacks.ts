// What grid cells can ask of the grid's owner; the value is stable for the grid's lifetime.
import { createContext } from 'react';

export interface GridCallbacks {
  selectVisit: (visitId: string) => void;
}
export const GridCallbacksContext = createContext<GridCallbacks>({ selectVisit: () => {} });
