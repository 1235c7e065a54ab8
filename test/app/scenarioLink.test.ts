import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeScenarioLink, encodeScenarioLink, LINK_PREFIX, LinkProblem, MAX_LINK_CHARS } from '../../viz/app/scenarioLink.js';

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

  it('stops unpacking a link past its size limit, streaming, and says the scenario is too large', async () => {
    // 50 MB of spaces packs into about 50 KB: a link that would crash a tab if inflated whole.
    const bomb = await encodeScenarioLink(' '.repeat(50 * 1024 * 1024));
    expect(bomb.length).toBeLessThan(100_000);
    const error = await decodeScenarioLink(bomb).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LinkProblem);
    expect((error as LinkProblem).kind).toBe('tooLarge');
    expect((error as Error).message).toBe('the scenario in this link unpacks to more than 8 MB, more than a link may carry: open it as a file instead');
  });

  it('refuses a link longer than a scenario link may be before decoding it', async () => {
    await expect(decodeScenarioLink(LINK_PREFIX + 'A'.repeat(MAX_LINK_CHARS + 1))).rejects.toThrow(/more than a scenario link may be/);
  });

  it('a link at the limit unpacks', async () => {
    const text = 'x'.repeat(1000);
    expect(await decodeScenarioLink(await encodeScenarioLink(text), 1000)).toBe(text);
    await expect(decodeScenarioLink(await encodeScenarioLink(text), 999)).rejects.toThrow(/unpacks to more than/);
  });
});
