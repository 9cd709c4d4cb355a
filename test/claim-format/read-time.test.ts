import { describe, expect, it } from 'vitest';
import { readTime, writeTime } from '../../src/claim-format/read-time.ts';

describe('readTime', () => {
  it.each([
    ['13:05', '13:05'],
    ['9:05', '09:05'],
    ['09:05', '09:05'],
    ['00:00', '00:00'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['1:05 PM', '13:05'],
    ['1:05pm', '13:05'],
    ['1:05p', '13:05'],
    ['1:05 P', '13:05'],
    ['1:05 p.m.', '13:05'],
    ['9:05 AM', '09:05'],
    ['9:05am', '09:05'],
    ['9:05 a.m.', '09:05'],
    ['9 AM', '09:00'],
    ['9am', '09:00'],
    ['12:00 AM', '00:00'],
    ['12:59 AM', '00:59'],
    ['1:00 AM', '01:00'],
    ['11:59 AM', '11:59'],
    ['12 PM', '12:00'],
    ['12:00 PM', '12:00'],
    ['12:30 PM', '12:30'],
    ['11:59 PM', '23:59'],
    ['0905', '09:05'],
    ['905', '09:05'],
    ['1305', '13:05'],
    ['0000', '00:00'],
    ['2359', '23:59'],
    ['13:05:00', '13:05'],
    ['1:05:00 PM', '13:05'],
    ['noon', '12:00'],
    ['Midnight', '00:00'],
    ['  9:05 AM ', '09:05'],
  ])('reads %j as %s', (text, time) => {
    expect(readTime(text)).toEqual({ ok: true, value: time });
  });

  it.each([
    ['24:00', '00:00', '24:00 is read as 00:00, midnight'],
    ['2400', '00:00', '24:00 is read as 00:00, midnight'],
    ['13:05:30', '13:05', '30 seconds left out'],
    ['1/5/2026 9:05 AM', '09:05', 'the date 1/5/2026 is left out: this field holds the time only'],
    [
      '2026-01-05T09:05:00',
      '09:05',
      'the date 2026-01-05 is left out: this field holds the time only',
    ],
  ])('reads %j as %s with a note', (text, time, note) => {
    expect(readTime(text)).toEqual({ ok: true, value: time, note });
  });

  it.each([
    [
      '25:00',
      '"25:00" is not a time: there is no hour 25 (the 24-hour clock runs from 00:00 to 23:59).',
    ],
    [
      '24:01',
      '"24:01" is not a time: there is no hour 24 (the 24-hour clock runs from 00:00 to 23:59).',
    ],
    ['13:05 PM', '"13:05 PM" is not a time: 13 is already past noon; write 13:05 or 1:05 PM.'],
    ['13:05 AM', '"13:05 AM" is not a time: 13 is already past noon; write 13:05 or 1:05 AM.'],
    [
      '0:30 AM',
      '"0:30 AM" is not a time: with AM or PM the hour runs from 1 to 12 (12:30 AM is just after midnight).',
    ],
    ['9:60', '"9:60" is not a time: minutes run from 00 to 59.'],
    ['0960', '"0960" is not a time: minutes run from 00 to 59.'],
    ['9:05:60', '"9:05:60" is not a time: minutes run from 00 to 59.'],
    ['9', '"9" is not a time: write the minutes too (9:00), or AM or PM.'],
    ['13', '"13" is not a time: write the minutes too (13:00), or AM or PM.'],
    ['9:5', '"9:5" is not a time: write it as 13:05 or 1:05 PM.'],
    ['9.05', '"9.05" is not a time: write it as 13:05 or 1:05 PM.'],
    ['12345', '"12345" is not a time: write it as 13:05 or 1:05 PM.'],
    ['-1:00', '"-1:00" is not a time: write it as 13:05 or 1:05 PM.'],
    ['9:05 XM', '"9:05 XM" is not a time: write it as 13:05 or 1:05 PM.'],
    ['morning', '"morning" is not a time: write it as 13:05 or 1:05 PM.'],
    ['', 'Nothing is entered.'],
  ])('refuses %j, saying why', (text, problem) => {
    expect(readTime(text)).toEqual({ ok: false, problem });
  });
});

describe('writeTime', () => {
  it.each([
    [0, '00:00'],
    [5, '00:05'],
    [545, '09:05'],
    [720, '12:00'],
    [1439, '23:59'],
  ])('writes %i minutes after midnight as %s', (minutes, time) => {
    expect(writeTime(minutes)).toBe(time);
  });
});
