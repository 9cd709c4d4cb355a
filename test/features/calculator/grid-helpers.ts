// Reaching the visit grid's cells as a coder does: by their names ("Minutes, visit 2"), typing
// over a cell's value, and reading the values the draft now holds.
import { screen } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import type { DraftVisit } from '../../../src/state/draft-claim.ts';

export type User = ReturnType<typeof userEvent.setup>;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The grid cell whose accessible name starts with `name` ("Minutes, visit 2"). */
export function cell(name: string): HTMLElement {
  return screen.getByRole('gridcell', { name: new RegExp(`^${escape(name)}(:|$)`) });
}

export function queryCell(name: string): HTMLElement | null {
  return screen.queryByRole('gridcell', { name: new RegExp(`^${escape(name)}(:|$)`) });
}

/** `timeout`: for a cell that waits on a module loaded on first use (the paste reader). */
export async function findCell(name: string, timeout?: number): Promise<HTMLElement> {
  return screen.findByRole(
    'gridcell',
    { name: new RegExp(`^${escape(name)}(:|$)`) },
    timeout === undefined ? undefined : { timeout },
  );
}

/** What a cell shows, read from its name ("Minutes, visit 2: 45" → "45"; empty → ""). */
export function shown(name: string): string {
  const label = cell(name).getAttribute('aria-label') ?? '';
  return label.startsWith(`${name}: `) ? label.slice(name.length + 2) : '';
}

/** Types `text` over the cell's value and commits it with Tab, as a coder would. */
export async function typeInCell(user: User, name: string, text: string): Promise<void> {
  await user.click(cell(name));
  if (text === '') await user.keyboard('{Delete}');
  else await user.keyboard(`${text.replace(/[{[]/g, '$&$&')}{Tab}`);
}

export function draftVisits(): DraftVisit[] {
  return selectActiveClaim(useClaimStore.getState()).visits;
}

/** The number of visit rows the grid shows. */
export function visitCount(): number {
  return screen.queryAllByRole('button', { name: /^Visit \d+$/ }).length;
}
