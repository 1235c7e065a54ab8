import { describe, expect, it } from 'vitest';
import { parseTarget, parseTargets, TargetError } from '../../sim/plan/parseTarget.js';

describe('parseTarget', () => {
  it.each([
    ['on-time>=0.99', 'on-time', 'on_time_share', 99],
    ['on-n>=0.98', 'on-n', 'share_on_n_at_window_end', 98],
    ['on-time>=99.5%', 'on-time', 'on_time_share', 99.5],
    [' on-n >= 98 % ', 'on-n', 'share_on_n_at_window_end', 98],
    ['on-time>=1', 'on-time', 'on_time_share', 100],
    ['on-time>=.9', 'on-time', 'on_time_share', 90],
  ])('reads %j as a minimum of %s (KPI %s) of %d %%', (text, name, kpi, minimumPercent) => {
    expect(parseTarget(text)).toEqual({ name, kpi, minimumPercent });
  });

  it('keeps shares exact in % (0.29 is 29, not 28.999999999999996)', () => {
    expect(parseTarget('on-time>=0.29').minimumPercent).toBe(29);
  });

  it.each([
    ['ontime>=0.99', /unknown target "ontime".*known targets: on-time, on-n/],
    ['on_time>=0.99', /unknown target "on_time"/],
    ['', /unknown target ""/],
    // What an unquoted on-time>=0.99 becomes once the shell has taken ">=0.99" as a redirection.
    ['on-time', /needs a minimum.*quotes/],
    ['on-time<=0.99', /targets are minimums/],
    ['on-time>0.99', /targets are minimums/],
    ['on-time=0.99', /targets are minimums/],
    ['on-time>=99', /share from 0 to 1 .* or a percent/],
    ['on-time>=101%', /share from 0 to 1 .* or a percent/],
    ['on-time>=-0.5', /share from 0 to 1/],
    ['on-time>=abc', /share from 0 to 1/],
    ['on-time>=', /share from 0 to 1/],
  ])('rejects %j with a message saying what to write', (text, message) => {
    expect(() => parseTarget(text)).toThrow(TargetError);
    expect(() => parseTarget(text)).toThrow(message);
  });
});

describe('parseTargets', () => {
  it('reads every target in order', () => {
    expect(parseTargets(['on-n>=0.98', 'on-time>=0.99']).map((t) => t.name)).toEqual(['on-n', 'on-time']);
  });

  it('rejects a KPI targeted twice', () => {
    expect(() => parseTargets(['on-time>=0.99', 'on-time>=0.95'])).toThrow(/"on-time" is targeted twice/);
  });
});
