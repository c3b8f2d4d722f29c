import { describe, expect, it } from 'vitest';

import { formatDate, formatPeriod, planStatus } from '../../lib/dates';

const plan = (from?: number, to?: number, state: 'adopted' | 'planned' = 'adopted') => ({
  state,
  period: { from, to },
});

describe('planStatus', () => {
  it('counts whole years: in force from the first day of the first year to the last day of the last', () => {
    expect(planStatus(plan(2016, 2018), '2015-12-31')).toBe('upcoming');
    expect(planStatus(plan(2016, 2018), '2016-01-01')).toBe('in-force');
    expect(planStatus(plan(2016, 2018), '2018-12-31')).toBe('in-force');
    expect(planStatus(plan(2016, 2018), '2019-01-01')).toBe('ended');
  });

  it('calls a plan that the source only announces "planned", and says so once its period is over', () => {
    expect(planStatus(plan(2010, 2014, 'planned'), '2012-06-01')).toBe('planned');
    expect(planStatus(plan(2010, 2014, 'planned'), '2026-06-01')).toBe('planned-lapsed');
    expect(planStatus(plan(undefined, undefined, 'planned'), '2026-06-01')).toBe('planned');
  });

  it('says of a plan announced for a year without a period, once that year is past, that it was announced', () => {
    const announced = { ...plan(undefined, undefined, 'planned'), announced: 2013 };
    expect(planStatus(announced, '2013-10-01')).toBe('planned');
    expect(planStatus(announced, '2014-01-01')).toBe('announced-lapsed');
    expect(planStatus({ ...plan(2014, 2015, 'planned'), announced: 2013 }, '2014-06-01')).toBe('planned');
  });

  it('says "unknown" unless both years are known, except when the one known year already decides it', () => {
    expect(planStatus(plan(), '2026-01-01')).toBe('unknown');
    expect(planStatus(plan(2010), '2026-01-01')).toBe('unknown');
    expect(planStatus(plan(undefined, 2014), '2013-01-01')).toBe('unknown');
    expect(planStatus(plan(undefined, 2014), '2015-01-01')).toBe('ended');
    expect(planStatus(plan(2030), '2026-01-01')).toBe('upcoming');
  });
});

describe('formatPeriod and formatDate', () => {
  it('write periods with an en dash and leave out what is unknown', () => {
    expect(formatPeriod({ from: 2016, to: 2018 })).toBe('2016–2018');
    expect(formatPeriod({ from: 2014, to: 2014 })).toBe('2014');
    expect(formatPeriod({ from: 2010 })).toBe('2010–');
    expect(formatPeriod({})).toBeUndefined();
  });

  it('write dates the way each locale does', () => {
    expect(formatDate('2026-11-23', 'sv')).toBe('23 november 2026');
    expect(formatDate('2026-11-23', 'nb')).toBe('23. november 2026');
    expect(formatDate('2026-11-23', 'en')).toBe('23 November 2026');
  });
});
