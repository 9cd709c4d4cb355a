// Minutes to units under a unit rule from the tables (15-minute, per hour, per diem, ...).
import type { UnitRuleRow } from '../data/schema.ts';

export interface UnitCount {
  units: number;
  /** The visit fell below the rule's first unit (the rule's finding applies). */
  belowFirstUnit: boolean;
}

/**
 * Units for a time-based rule: `belowFirstUnit` under `firstUnitAtMinutes`, else one unit plus
 * one more for each full `incrementMinutes` beyond it. With 8 and 15 this is the nearest
 * 15-minute increment (8-22 = 1, 23-37 = 2, ...); with 31 and 60 it is RP005's hourly table.
 */
export function countTimeUnits(rule: UnitRuleRow, minutes: number): UnitCount {
  const first = rule.firstUnitAtMinutes ?? 0;
  const increment = rule.incrementMinutes ?? 1;
  if (minutes < first) return { units: rule.belowFirstUnit ?? 0, belowFirstUnit: true };
  return { units: Math.floor((minutes - first) / increment) + 1, belowFirstUnit: false };
}

/** Whether a rule converts minutes (as opposed to days or services). */
export function isTimeRule(rule: UnitRuleRow): boolean {
  return rule.basis === '15-minute' || rule.basis === 'hour';
}
