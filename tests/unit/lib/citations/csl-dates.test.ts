import { describe, expect, it } from 'vitest';
import { cslDateToIso, datePartsOf, isoToCslDate, yearOfDate } from '../../../../src/lib/citations/csl-dates';

describe('CSL dates', () => {
  it('write a date as ISO text as far as its parts go, with month and day in two digits', () => {
    expect(cslDateToIso({ 'date-parts': [[2020, 1, 8]] })).toBe('2020-01-08');
    expect(cslDateToIso({ 'date-parts': [[2020, 11]] })).toBe('2020-11');
    expect(cslDateToIso({ 'date-parts': [[1980]] })).toBe('1980');
  });

  it('have no parts, year or ISO text for a date given only as text, or none', () => {
    const literal = { literal: 'Spring 1972' };
    expect(datePartsOf(literal)).toBeUndefined();
    expect(yearOfDate(literal)).toBeUndefined();
    expect(cslDateToIso(literal)).toBeUndefined();
    expect(cslDateToIso({ 'date-parts': [[]] })).toBeUndefined();
    expect(yearOfDate(undefined)).toBeUndefined();
  });

  it('read the first date of a range', () => {
    const range = {
      'date-parts': [
        [2001, 3],
        [2002, 6],
      ],
    };
    expect(datePartsOf(range)).toEqual([2001, 3]);
    expect(yearOfDate(range)).toBe(2001);
  });

  it('make a CSL date of an ISO date, and back', () => {
    expect(isoToCslDate('2026-11-23')).toEqual({ 'date-parts': [[2026, 11, 23]] });
    expect(isoToCslDate('2019')).toEqual({ 'date-parts': [[2019]] });
    expect(cslDateToIso(isoToCslDate('2024-05'))).toBe('2024-05');
  });
});
