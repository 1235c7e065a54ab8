import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink, encodeScenarioLink, LINK_PREFIX } from '../../viz/app/scenarioLink.js';

const BASELINE = readFileSync(new URL('../../scenarios/baseline.json', import.meta.url), 'utf8');

describe('scenarioLink', () => {
  it('gives back the very text it was given', async () => {
    for (const text of [BASELINE, '{"name": "Ünïcödé — 東京 🚀"}', '']) {
      expect(await decodeScenarioLink(await encodeScenarioLink(text))).toBe(text);
    }
  });

  it('writes a fragment of URL-safe characters only, shorter than the text', async () => {
    const fragment = await encodeScenarioLink(BASELINE);
    expect(fragment.startsWith(LINK_PREFIX)).toBe(true);
    expect(fragment.slice(LINK_PREFIX.length)).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(BASELINE.length);
  });

  it('finds no scenario in a fragment without one', async () => {
    expect(await decodeScenarioLink('')).toBeNull();
    expect(await decodeScenarioLink('#views')).toBeNull();
  });

  it('says a link is damaged when its data is cut short or not base64url', async () => {
    const fragment = await encodeScenarioLink(BASELINE);
    await expect(decodeScenarioLink(fragment.slice(0, fragment.length / 2))).rejects.toThrow('the scenario in this link is damaged');
    await expect(decodeScenarioLink(`${LINK_PREFIX}@@@`)).rejects.toThrow('the scenario in this link is damaged');
  });
});
