import { describe, expect, it } from 'vitest';
import { regionColumnKeys } from '../../sim/report/regionColumnKeys.js';

describe('regionColumnKeys', () => {
  it('lower-cases names and joins words with "_"', () => {
    expect(regionColumnKeys(['North America', 'EU-West'])).toEqual(['north_america', 'eu_west']);
  });

  it('keeps no comma, quote, dot or formula sign', () => {
    const keys = regionColumnKeys(['=HYPERLINK("http://x","y")', '+1,2', '@a.b', '-c']);
    for (const key of keys) expect(key).toMatch(/^[\p{L}\p{N}_]+$/u);
    expect(keys).toEqual(['hyperlink_http_x_y', '1_2', 'a_b', 'c']);
  });

  it('keeps letters of any script', () => {
    expect(regionColumnKeys(['Zürich', '東京'])).toEqual(['zürich', '東京']);
  });

  it('makes keys unique when names collapse to the same key', () => {
    expect(regionColumnKeys(['eu west', 'EU-West', 'eu_west_2', '=='])).toEqual(['eu_west', 'eu_west_2', 'eu_west_2_2', 'region']);
  });
});
