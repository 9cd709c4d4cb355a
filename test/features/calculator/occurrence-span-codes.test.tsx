import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { CalculatorView } from '../../../src/features/calculator/calculator-view.tsx';
import { selectActiveClaim, useClaimStore } from '../../../src/state/claim-store.ts';
import { draftFromClaimInput, toEngineClaim } from '../../../src/state/draft-claim.ts';
import { makeClaim } from '../../builders.ts';

beforeEach(() => {
  localStorage.clear();
  useClaimStore.getState().reset();
});

const engineClaim = () => toEngineClaim(selectActiveClaim(useClaimStore.getState()));

function openClaim(overrides: Parameters<typeof makeClaim>[0] = {}) {
  useClaimStore.getState().createDraft('Smith March', draftFromClaimInput(makeClaim(overrides)));
}

async function expectFocusOn(element: () => HTMLElement) {
  await expect.poll(() => document.activeElement).toBe(element());
}

/**
 * Adds span 1 with this code and dates through the form, as a coder would. The dates are pasted
 * (one entry each): every keystroke would redraw the whole calculator.
 */
async function addSpan(
  user: ReturnType<typeof userEvent.setup>,
  code: string,
  from: string,
  through: string,
) {
  await user.click(screen.getByRole('button', { name: 'Add occurrence span code' }));
  await user.selectOptions(screen.getByRole('combobox', { name: 'Occurrence span code 1' }), code);
  await user.click(screen.getByRole('textbox', { name: 'Occurrence span 1 from' }));
  await user.paste(from);
  await user.click(screen.getByRole('textbox', { name: 'Occurrence span 1 through' }));
  await user.paste(through);
}

function optionValues(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => (option as HTMLOptionElement).value)
    .filter((value) => value !== '');
}

describe('occurrence span codes in the claim form', () => {
  it('lists occurrence span codes after the occurrence and value codes, before the items', () => {
    render(<CalculatorView />);
    const legends = screen
      .getAllByRole('group')
      .map((group) => group.querySelector('legend')?.textContent)
      .filter((legend) => legend && /codes$/.test(legend));
    expect(legends).toEqual(['Occurrence codes', 'Value codes', 'Occurrence span codes']);
  });

  it('moves focus from "Add occurrence span code" to the new row’s code, then on through its dates', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    screen.getByRole('button', { name: 'Add occurrence span code' }).focus();
    await user.keyboard('{Enter}');
    await expectFocusOn(() => screen.getByRole('combobox', { name: 'Occurrence span code 1' }));

    screen.getByRole('button', { name: 'Add occurrence span code' }).focus();
    await user.keyboard(' ');
    await expectFocusOn(() => screen.getByRole('combobox', { name: 'Occurrence span code 2' }));
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Occurrence span 2 from' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('textbox', { name: 'Occurrence span 2 through' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Remove occurrence span code 2' })).toHaveFocus();
  });

  it('offers the span codes for spans and leaves them out of the occurrence codes', async () => {
    const user = userEvent.setup();
    render(<CalculatorView />);
    await user.click(screen.getByRole('button', { name: 'Add occurrence span code' }));
    await user.click(screen.getByRole('button', { name: 'Add occurrence code' }));
    const spanCodes = optionValues(
      screen.getByRole('combobox', { name: 'Occurrence span code 1' }),
    );
    expect([...spanCodes].sort()).toEqual(['74', '76', 'M0']);
    const occurrenceCodes = optionValues(
      screen.getByRole('combobox', { name: 'Occurrence code 1' }),
    );
    expect(occurrenceCodes).toContain('50');
    expect(occurrenceCodes).not.toContain('74');
    expect(occurrenceCodes).not.toContain('M0');
  });

  it('sends an entered span to the engine, and undo takes it away again', async () => {
    const user = userEvent.setup();
    openClaim();
    render(<CalculatorView />);
    await addSpan(user, '74', '2026-03-15', '2026-03-20');
    expect(engineClaim().occurrenceSpanCodes).toEqual([
      { code: '74', from: '2026-03-15', through: '2026-03-20' },
    ]);

    // Each field's typing is one step: through, from, the code, then the row itself.
    for (let step = 0; step < 4; step += 1) await user.keyboard('{Control>}z{/Control}');
    expect(
      screen.queryByRole('combobox', { name: 'Occurrence span code 1' }),
    ).not.toBeInTheDocument();
    expect(engineClaim().occurrenceSpanCodes).toEqual([]);
  });

  it('explains a bad span date at its field, and removes the span', async () => {
    const user = userEvent.setup();
    openClaim();
    render(<CalculatorView />);
    await addSpan(user, '76', '2026-03-20', '2026-03-2x');
    const through = screen.getByRole('textbox', { name: 'Occurrence span 1 through' });
    expect(through).toHaveAccessibleDescription(/2026-03-2x/);

    await user.click(screen.getByRole('button', { name: 'Remove occurrence span code 1' }));
    expect(
      screen.queryByRole('textbox', { name: 'Occurrence span 1 through' }),
    ).not.toBeInTheDocument();
    expect(engineClaim().occurrenceSpanCodes).toEqual([]);
  });

  it.each([
    [
      'from',
      0,
      { code: '74', from: '2026-03-01', through: '2026-03-15' },
      'Occurrence span 1 from',
    ],
    [
      'through',
      1,
      { code: '76', from: '2026-03-20', through: '2026-04-10' },
      'Occurrence span 2 through',
    ],
  ])(
    '"Go to" on a span outside the period focuses its %s date',
    async (key, position, span, fieldLabel) => {
      const user = userEvent.setup();
      const inside = { code: '74', from: '2026-03-15', through: '2026-03-20' };
      openClaim({ occurrenceSpanCodes: position === 0 ? [span] : [inside, span] });
      render(<CalculatorView />);
      const findings = await screen.findByRole('region', { name: 'Findings' });
      await user.click(
        within(findings).getByRole('button', {
          name: `Go to Occurrence span code ${position + 1}, ${key}`,
        }),
      );
      await expectFocusOn(() => screen.getByRole('textbox', { name: fieldLabel }));
    },
  );

  it('"Go to" on an unknown span code focuses its code', async () => {
    const user = userEvent.setup();
    openClaim({ occurrenceSpanCodes: [{ code: '50', from: '2026-03-15', through: '2026-03-20' }] });
    render(<CalculatorView />);
    const findings = await screen.findByRole('region', { name: 'Findings' });
    await user.click(
      within(findings).getByRole('button', { name: 'Go to Occurrence span code 1' }),
    );
    await expectFocusOn(() => screen.getByRole('combobox', { name: 'Occurrence span code 1' }));
  });

  it.each([
    [{ conditionCodes: ['C3'] }, 'Go to Occurrence span codes', 'Add occurrence span code'],
    [{ valueCodes: [{ code: '85', value: '17031' }] }, 'Go to Value codes', 'Add value code'],
    [{ occurrenceCodes: [] }, 'Go to Occurrence codes', 'Add occurrence code'],
  ])(
    '"Go to" on a finding about a whole list (%j) reaches its Add button',
    async (claim, goTo, add) => {
      const user = userEvent.setup();
      openClaim(claim);
      render(<CalculatorView />);
      const findings = await screen.findByRole('region', { name: 'Findings' });
      await user.click(within(findings).getByRole('button', { name: goTo }));
      await expectFocusOn(() => screen.getByRole('button', { name: add }));
    },
  );
});
