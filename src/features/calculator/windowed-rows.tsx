// The rows of a long visit grid, drawn only where they are in view (@tanstack/react-virtual),
// with spacer rows standing in for the rest so the scrollbar is true. Loaded with the first claim
// long enough to need it. The active visit is always drawn, so the cell with focus never leaves
// the page while the grid scrolls.
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, type ReactNode, type RefObject } from 'react';

export interface WindowedRowsProps {
  count: number;
  scroller: RefObject<HTMLDivElement | null>;
  /** The active visit's row. */
  activeRow: number;
  /** A row's height in px before it is measured. */
  rowHeight: number;
  /** Columns a spacer spans. */
  span: number;
  renderRow: (index: number, measure: (element: HTMLTableRowElement | null) => void) => ReactNode;
  /** Receives the way to scroll a row into the drawn window. */
  onScrollTo: (scrollTo: (row: number) => void) => void;
}

export default function WindowedRows({
  count,
  scroller,
  activeRow,
  rowHeight,
  span,
  renderRow,
  onScrollTo,
}: WindowedRowsProps) {
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read where it is made, never memoized
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => rowHeight,
    overscan: 6,
    rangeExtractor: (visible) => {
      const indexes = defaultRangeExtractor(visible);
      return activeRow < visible.count && !indexes.includes(activeRow)
        ? [...indexes, activeRow].sort((a, b) => a - b)
        : indexes;
    },
  });
  useLayoutEffect(() => {
    onScrollTo((row) => virtualizer.scrollToIndex(row));
  });
  const body: ReactNode[] = [];
  let drawnTo = 0;
  for (const item of virtualizer.getVirtualItems()) {
    if (item.start > drawnTo)
      body.push(<Spacer key={`gap-${item.index}`} height={item.start - drawnTo} span={span} />);
    drawnTo = item.end;
    body.push(renderRow(item.index, virtualizer.measureElement));
  }
  const total = virtualizer.getTotalSize();
  if (total > drawnTo) body.push(<Spacer key="gap-end" height={total - drawnTo} span={span} />);
  return <>{body}</>;
}

/** Stands in for visits above, between or below those drawn, so the scrollbar is true. */
function Spacer({ height, span }: { height: number; span: number }) {
  // A computed height cannot be a class; React sets it through CSSOM, which CSP allows.
  return (
    <tr aria-hidden="true" className="spacer">
      <td colSpan={span} style={{ height }} />
    </tr>
  );
}
