/**
 * The page's first load carries the Run tab only: the batch tabs and the
 * scenario schema (zod) come in chunks of their own when first used. A
 * static import of a barrel module (`sim/plan/index.js`,
 * `sim/scenario/index.js`) from the Run tab's code pulls them back in
 * without a word from the build, so the build's output is read here.
 */
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../e2e/support/buildApp.js';

let outDir = '';
beforeAll(() => {
  outDir = buildApp();
}, 120_000);
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The script index.html loads first, and its text. */
function entryChunk(): { name: string; text: string } {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const src = /<script[^>]*type="module"[^>]*src="\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html loads no module script');
  return { name: src, text: readFileSync(join(outDir, src), 'utf8') };
}

describe('bundle split', () => {
  it('keeps the scenario schema out of the entry chunk, and the batch tabs in a chunk of their own', () => {
    const entry = entryChunk();
    // zod's error class is named in its code; the schema's own messages are too.
    // Booleans, not the text: a failure would print the whole chunk.
    expect(/ZodError|\$ZodType/.test(entry.text), `${entry.name} holds zod`).toBe(false);
    expect(entry.text.includes('must be one of "n", "n-1", "n-2"'), `${entry.name} holds the schema's messages`).toBe(false);
    const chunks = readdirSync(join(outDir, 'assets'));
    expect(chunks.some((name) => name.startsWith('studyTabs-'))).toBe(true);
  });

  it("opens the planner's chunk, which loads while the first run simulates, with V8's hint to compile all of it as it loads", () => {
    const planner = readdirSync(join(outDir, 'assets')).filter((name) => /^planner-.*\.js$/.test(name));
    expect(planner).toHaveLength(1);
    expect(readFileSync(join(outDir, 'assets', planner[0]), 'utf8').startsWith('//# allFunctionsCalledOnLoad\n')).toBe(true);
  });
});
