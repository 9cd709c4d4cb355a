import { describe, expect, it } from 'vitest';
import { readDuration, writeDuration } from '../../src/claim-format/read-duration.ts';

describe('readDuration', () => {
  it.each([
    ['45', 45],
    ['0', 0],
    ['045', 45],
    ['45.0', 45],
    ['10080', 10080],
    ['45 min', 45],
    ['45min', 45],
    ['45 mins', 45],
    ['45 minutes', 45],
    ['45m', 45],
    ['45 Min.', 45],
    ['0:45', 45],
    ['1:05', 65],
    ['01:05', 65],
    ['0:00', 0],
    ['24:00', 1440],
    ['1:05:00', 65],
    ['1 h 5 min', 65],
    ['1h5m', 65],
    ['1h 05', 65],
    ['1 hr 30 mins', 90],
    ['1 hour 5 minutes', 65],
    ['2 hours', 120],
    ['2 HRS', 120],
    ['1.5 h', 90],
    ['1.5 hours', 90],
    ['0.25 h', 15],
    ['1.1 h', 66],
    [' 45 ', 45],
  ])('reads %j as %i minutes', (text, minutes) => {
    expect(readDuration(text)).toEqual({ ok: true, value: minutes });
  });

  it('leaves seconds out, with a note', () => {
    expect(readDuration('0:45:30')).toEqual({
      ok: true,
      value: 45,
      note: '30 seconds left out: only whole minutes count',
    });
  });

  it.each([
    ['-5', '"-5" is negative; a length of time is 0 or more minutes.'],
    ['-0:45', '"-0:45" is negative; a length of time is 0 or more minutes.'],
    ['45.5', '"45.5" is not a whole number of minutes; for hours write 1:30 or 1.5 h.'],
    ['1.5', '"1.5" is not a whole number of minutes; for hours write 1:30 or 1.5 h.'],
    ['.5', '".5" is not a whole number of minutes; for hours write 1:30 or 1.5 h.'],
    ['45.5 min', '"45.5 min" is not a whole number of minutes; write it as 1:30 or 90.'],
    ['0.33 h', '"0.33 h" is not a whole number of minutes; write it as 1:30 or 90.'],
    ['1:60', '"1:60" is not hours:minutes: the minutes after the colon run from 00 to 59.'],
    ['1:05:75', '"1:05:75" is not hours:minutes: the minutes after the colon run from 00 to 59.'],
    ['1:5', '"1:5" is not a length of time: write minutes (45) or 1:05.'],
    ['forty', '"forty" is not a length of time: write minutes (45) or 1:05.'],
    ['h', '"h" is not a length of time: write minutes (45) or 1:05.'],
    ['45 sec', '"45 sec" is not a length of time: write minutes (45) or 1:05.'],
    ['99999999999999999999', '"99999999999999999999" is too long to be a length of time.'],
    ['', 'Nothing is entered.'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readDuration(text)).toEqual({ ok: false, problem });
  });
});

describe('writeDuration', () => {
  it.each([
    [0, '0'],
    [45, '45'],
    [65, '65'],
  ])('writes %i minutes as %j', (minutes, text) => {
    expect(writeDuration(minutes)).toBe(text);
  });
});
