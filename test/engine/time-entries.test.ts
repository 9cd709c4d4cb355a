import { describe, expect, it } from 'vitest';
import type { VisitInput } from '../../src/engine/index.ts';
import { evaluateVisit, rules } from '../builders.ts';

// A coder who types both minutes and start/end that disagree, or more documentation than the
// visit lasted, has made a slip in one of them: the line says which figure it counted and asks for a correction.
const conflict = (visit: Partial<VisitInput>) =>
  evaluateVisit(visit).findings.find((finding) => finding.rule === 'time-entries-conflict');

describe('time-entries-conflict', () => {
  it.each([
    [{ minutes: 60, start: '10:00', end: '11:00' }, null],
    [{ minutes: 59, start: '10:00', end: '11:00' }, 'Minutes says 59 but 10:00 to 11:00 is 60'],
    [{ minutes: 61, start: '10:00', end: '11:00' }, 'Minutes says 61 but 10:00 to 11:00 is 60'],
    [{ minutes: 45, start: '23:30', end: '00:15' }, null],
    [{ minutes: 40, start: '23:30', end: '00:15' }, 'Minutes says 40 but 23:30 to 00:15 is 45'],
    [{ minutes: 45, start: '09:00', end: undefined }, null],
    // Travel is beside the visit, never part of its minutes: any amount of it is no conflict.
    [{ minutes: 45, travelMinutes: 60, documentationMinutes: 45 }, null],
    [
      { minutes: 45, travelMinutes: 5, documentationMinutes: 46 },
      'Documentation (46 minutes) is more than the whole visit (45 minutes in the home)',
    ],
    [{ minutes: undefined, start: '09:00', end: '09:30', travelMinutes: 31 }, null],
    // Clock times that take in the travel agree with the minutes in the home.
    [{ minutes: 30, start: '09:00', end: '09:55', travelMinutes: 25 }, null],
    [
      { minutes: 30, start: '09:00', end: '09:50', travelMinutes: 25 },
      'Minutes says 30 but 09:00 to 09:50 is 50',
    ],
    [{ minutes: undefined, travelMinutes: 20 }, null],
    // Start and end alone: the same time twice, or an end so far before the start that the
    // overnight reading is more likely a typo (over 16 hours).
    [{ minutes: undefined, start: '09:00', end: '09:00' }, 'Start and end are both 09:00'],
    [{ minutes: undefined, start: '19:00', end: '07:00' }, null],
    [{ minutes: undefined, start: '08:00', end: '00:00' }, null],
    [{ minutes: undefined, start: '08:00', end: '00:01' }, 'running past midnight: 16 h 1 min'],
    [{ minutes: undefined, start: '14:00', end: '13:30' }, 'running past midnight: 23 h 30 min'],
    // Services listed with their minutes that do not add up to the visit's minutes.
    [
      {
        minutes: 50,
        activities: [
          { service: 'direct', minutes: 20 },
          { service: 'training', minutes: 30 },
        ],
      },
      null,
    ],
    [
      {
        minutes: 30,
        activities: [
          { service: 'direct', minutes: 20 },
          { service: 'training', minutes: 40 },
        ],
      },
      'The services listed add up to 60 minutes but Minutes says 30',
    ],
  ] as const)('%j → %s', (visit, message) => {
    const finding = conflict(visit as Partial<VisitInput>);
    if (message === null) expect(finding).toBeUndefined();
    else {
      expect(finding?.message).toContain(message);
      expect(finding?.severity).toBe('warning');
      expect(finding?.field).toBe('visits[0].minutes');
    }
  });

  it('counts units from the minutes when they disagree with start and end', () => {
    const line = evaluateVisit({ minutes: 30, start: '10:00', end: '11:00' });
    expect(line.units).toBe(2);
    expect(rules(line.findings)).toContain('time-entries-conflict');
  });
});
