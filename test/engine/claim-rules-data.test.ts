// The claim checks read their dates and numbers from the tables: change a table and the finding
// follows, with no code to edit.
import { describe, expect, it } from 'vitest';
import { codeTables } from '../../src/data/index.ts';
import type { ClaimRules, CodeTables } from '../../src/data/schema.ts';
import { addDays, evaluateClaim, type ClaimInput } from '../../src/engine/index.ts';
import { makeClaim, makeVisit, rules } from '../builders.ts';

function withSetting<Key extends keyof ClaimRules>(
  key: Key,
  value: ClaimRules[Key]['value'],
): CodeTables {
  return {
    ...codeTables,
    claimRules: { ...codeTables.claimRules, [key]: { ...codeTables.claimRules[key], value } },
  };
}

function firesWith(tables: CodeTables, claim: ClaimInput, id: string): boolean {
  return rules(evaluateClaim(claim, tables).findings).includes(id);
}

const noaFourDaysAfter = makeClaim({ admissionDate: '2026-03-09', noaAcceptedDate: '2026-03-13' });
const dischargeTenDaysBefore = makeClaim({
  occurrenceCodes: [
    { code: '50', date: '2026-03-09' },
    { code: '61', date: '2026-02-27' },
  ],
});
const nursingOverTwoWeeks = makeClaim({
  payer: 'bcbsil',
  hipps: undefined,
  valueCodes: [],
  visits: [
    makeVisit({ date: '2026-03-09', minutes: 60 }),
    makeVisit({ id: 'V2', date: '2026-03-23', minutes: 60 }),
  ],
});

describe('claim rule settings', () => {
  it.each([
    { setting: 'noaTimelyDays', value: 3, claim: noaFourDaysAfter, id: 'noa-late' },
    {
      setting: 'dischargeWindowDays',
      value: 7,
      claim: dischargeTenDaysBefore,
      id: 'occurrence-61-62-window',
    },
    { setting: 'periodDays', value: 20, claim: makeClaim(), id: 'period-too-long' },
    { setting: 'lupaThresholdFloor', value: 3, claim: makeClaim(), id: 'lupa-risk' },
    {
      setting: 'intermittentMaxDays',
      value: 14,
      claim: nursingOverTwoWeeks,
      id: 'intermittent-exceeded',
    },
  ] as const)('$id follows $setting set to $value', ({ setting, value, claim, id }) => {
    expect(firesWith(codeTables, claim, id)).toBe(false);
    expect(firesWith(withSetting(setting, value), claim, id)).toBe(true);
  });

  it('moves the PDGM start for the period length and the HIPPS shape together', () => {
    const episode = makeClaim({ through: '2026-04-20', hipps: 'HAEJ1' });
    const before = evaluateClaim(episode, codeTables).findings;
    expect(rules(before)).toEqual(expect.arrayContaining(['period-too-long', 'invalid-input']));
    const after = evaluateClaim(episode, withSetting('pdgmStart', '2027-01-01')).findings;
    expect(rules(after)).not.toContain('period-too-long');
    expect(rules(after)).not.toContain('invalid-input');
  });

  it('dates the settings that changed with PDGM from its first day', () => {
    const { pdgmStart, periodDays, episodeDays, lupaThresholdFloor, episodeLupaThreshold } =
      codeTables.claimRules;
    expect([periodDays, lupaThresholdFloor].map((row) => row.effectiveFrom)).toEqual([
      pdgmStart.value,
      pdgmStart.value,
    ]);
    expect([episodeDays, episodeLupaThreshold].map((row) => row.effectiveTo)).toEqual([
      addDays(pdgmStart.value, -1),
      addDays(pdgmStart.value, -1),
    ]);
  });
});

describe('facts read from the code tables', () => {
  it('lists the claim change reasons of a type of bill from the condition codes', () => {
    const tables: CodeTables = {
      ...codeTables,
      conditionCodes: codeTables.conditionCodes.filter((row) => row.code !== 'D6'),
    };
    const finding = evaluateClaim(makeClaim({ billType: '0328' }), tables).findings.find(
      (row) => row.rule === 'claim-change-reason-missing',
    );
    expect(finding?.message).toContain('(D5)');
    const usual = evaluateClaim(makeClaim({ billType: '0327' }), codeTables).findings.find(
      (row) => row.rule === 'claim-change-reason-missing',
    );
    expect(usual?.message).toContain('(D0, D1, D2, D4, D7, D8, D9 or E0)');
  });

  it("requires value code 85 from its row's first day", () => {
    const claim = makeClaim({ valueCodes: [{ code: '61', value: '16974.00' }] });
    expect(firesWith(codeTables, claim, 'value-code-85-missing')).toBe(true);
    const later: CodeTables = {
      ...codeTables,
      valueCodes: codeTables.valueCodes.map((row) =>
        row.code === '85' ? { ...row, effectiveFrom: '2027-01-01' } : row,
      ),
    };
    expect(firesWith(later, claim, 'value-code-85-missing')).toBe(false);
  });

  it('treats a type of bill as the period claim because its row says so', () => {
    const claim = makeClaim({ hipps: undefined });
    expect(firesWith(codeTables, claim, 'hipps-missing')).toBe(true);
    const notPeriod: CodeTables = {
      ...codeTables,
      billTypes: codeTables.billTypes.map((row) =>
        row.code === '0329' ? { ...row, periodClaim: false } : row,
      ),
    };
    expect(firesWith(notPeriod, claim, 'hipps-missing')).toBe(false);
  });

  it.each(['period-claim', 'rap', 'no-payment', 'noa'] as const)(
    'has exactly one type of bill of kind %s',
    (kind) => {
      expect(codeTables.billTypes.filter((row) => row.kind === kind)).toHaveLength(1);
    },
  );
});
