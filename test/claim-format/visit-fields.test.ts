import { describe, expect, it } from 'vitest';
import { blankVisit } from '../../src/state/draft-claim.ts';
import { normaliseHeader } from '../../src/claim-format/header-name.ts';
import {
  matchRowColumn,
  matchVisitField,
  visitColumnNames,
  visitFieldKeys,
  visitFieldLabels,
  type VisitFieldKey,
} from '../../src/claim-format/visit-fields.ts';

// The header names the paste (as typed) and the CSV import (normalised) each read before the
// two lists became one: every one of them must still name the same field.
const pasteHeaders: Partial<Record<VisitFieldKey, string[]>> = {
  date: ['date', 'service date', 'date of service', 'dos', 'visit date'],
  discipline: ['discipline', 'disc'],
  credential: ['credential', 'cred', 'clinician credential'],
  service: ['service', 'service type'],
  minutes: ['minutes', 'mins', 'min', 'time'],
  start: ['start', 'start time', 'time in'],
  end: ['end', 'end time', 'time out'],
  mode: ['mode', 'visit mode'],
  setting: ['setting', 'location'],
  travelMinutes: ['travel', 'travel minutes', 'travel min', 'travel mins'],
  documentationMinutes: [
    'documentation',
    'documentation minutes',
    'doc',
    'doc min',
    'doc. min',
    'doc minutes',
  ],
  hcpcs: ['hcpcs', 'entered hcpcs', 'code', 'hcpcs code'],
  units: ['units', 'entered units'],
  charge: ['charge', 'amount', 'charges'],
  monitoringDays: ['days monitored', 'monitoring days', 'days mon', 'days mon.'],
  modifiers: ['modifiers', 'modifier', 'mod'],
};

const csvHeaders: Record<VisitFieldKey, string[]> = {
  id: ['id', 'visitid', 'visit', 'visitno', 'visitnumber'],
  date: ['date', 'visitdate', 'servicedate', 'dateofservice', 'dos'],
  discipline: ['discipline', 'disc'],
  credential: ['credential', 'cred', 'cliniciancredential'],
  service: ['service', 'servicetype'],
  minutes: ['minutes', 'mins', 'min', 'totalminutes', 'visitminutes'],
  start: ['start', 'starttime', 'timein'],
  end: ['end', 'endtime', 'timeout'],
  mode: ['mode', 'visitmode'],
  setting: ['setting', 'location'],
  travelMinutes: ['travelminutes', 'travel', 'travelmin', 'travelmins'],
  documentationMinutes: [
    'documentationminutes',
    'documentation',
    'docminutes',
    'docmin',
    'docmins',
  ],
  hcpcs: ['hcpcs', 'hcpcscode', 'enteredhcpcs', 'code'],
  units: ['units', 'enteredunits'],
  charge: ['charge', 'charges', 'amount', 'chargedollars'],
  monitoringDays: ['monitoringdays', 'daysmonitored'],
  modifiers: ['modifiers', 'hcpcsmodifiers'],
  activities: ['activities', 'activity'],
};

const cases = (lists: Partial<Record<VisitFieldKey, string[]>>) =>
  Object.entries(lists).flatMap(([field, headers]) =>
    (headers ?? []).map((header) => [header, field] as const),
  );

describe('visit fields', () => {
  it('lists every field of a visit once, each with a label and a column name', () => {
    const fields = Object.keys(blankVisit('V1')).sort();
    expect([...visitFieldKeys].sort()).toEqual(fields);
    for (const field of visitFieldKeys) {
      expect(visitFieldLabels[field]).toMatch(/\S/);
      expect(visitColumnNames[field]).toMatch(/\S/);
    }
  });

  it('labels fields as the grid does, and names file columns as files do', () => {
    expect(visitFieldLabels.hcpcs).toBe('Entered HCPCS');
    expect(visitFieldLabels.units).toBe('Entered units');
    expect(visitFieldLabels.monitoringDays).toBe('Days monitored');
    expect(visitColumnNames.hcpcs).toBe('HCPCS');
    expect(visitColumnNames.units).toBe('Units');
    expect(visitColumnNames.id).toBe('Visit ID');
  });

  it.each(cases(pasteHeaders))('still reads the pasted header "%s" as %s', (header, field) => {
    expect(matchVisitField(header)).toBe(field);
    expect(matchVisitField(` ${header.toUpperCase()} `)).toBe(field);
  });

  it.each(cases(csvHeaders))('still reads the CSV header "%s" as %s', (header, field) => {
    expect(matchVisitField(header)).toBe(field);
  });

  it('matches every label and column name, whatever the case, spaces, dashes or underscores', () => {
    for (const field of visitFieldKeys) {
      expect(matchVisitField(visitFieldLabels[field])).toBe(field);
      expect(matchVisitField(visitColumnNames[field].toUpperCase().replace(/ /g, '_'))).toBe(field);
      expect(matchVisitField(field)).toBe(field);
    }
    expect(normaliseHeader(' Doc. min ')).toBe('docmin');
    expect(matchVisitField('Notes')).toBeUndefined();
    expect(matchVisitField('result units')).toBeUndefined();
  });

  // The headers of EMR and EVV visit exports (issue 16).
  it.each([
    ['Visit Date', 'date'],
    ['Date of Service', 'date'],
    ['DOS', 'date'],
    ['Time In', 'start'],
    ['Start Time', 'start'],
    ['Time Out', 'end'],
    ['End Time', 'end'],
    ['Duration', 'minutes'],
    ['Total Time', 'minutes'],
    ['Visit Minutes', 'minutes'],
    ['Check In', 'start'],
    ['Check-Out', 'end'],
    ['Discipline', 'discipline'],
    ['Service', 'service'],
    ['Travel minutes', 'travelMinutes'],
    ['Days monitored', 'monitoringDays'],
  ] as const)('reads the export header "%s" as %s', (header, field) => {
    expect(matchVisitField(header)).toBe(field);
  });

  // Columns that give several fields are no single field's, so the row reader reads them whole.
  it.each([
    ['Clinician', 'clinician'],
    ['Caregiver', 'clinician'],
    ['Task', 'visitType'],
    ['Visit Type', 'visitType'],
    ['Time In', 'start'],
    ['Patient', undefined],
    ['MRN', undefined],
    ['Mileage', undefined],
  ] as const)('reads the export column "%s" as %s', (header, column) => {
    expect(matchRowColumn(header)).toBe(column);
    if (column === 'clinician' || column === 'visitType')
      expect(matchVisitField(header)).toBeUndefined();
  });
});
