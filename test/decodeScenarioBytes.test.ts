import { describe, expect, it } from 'vitest';
import { decodeScenarioBytes, ScenarioError } from '../sim/scenario/index.js';
import { readScenarioFile } from '../viz/app/readScenarioFile.js';

const TEXT = '{"name": "Zürich"}\n';

function utf16le(text: string, bom: boolean): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) bytes.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) bytes[(bom ? 2 : 0) + 2 * i] = text.charCodeAt(i);
  return bytes;
}

function refusal(bytes: Uint8Array): string {
  try {
    decodeScenarioBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('decodeScenarioBytes: UTF-8 with or without a BOM, any other encoding named', () => {
  it('reads UTF-8 without a byte-order mark', () => {
    expect(decodeScenarioBytes(new TextEncoder().encode(TEXT))).toBe(TEXT);
  });

  it('reads UTF-8 with a byte-order mark, keeping the mark for the JSON reader to skip', () => {
    expect(decodeScenarioBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]))).toBe(`\uFEFF${TEXT}`);
  });

  it('names UTF-16 with a byte-order mark', () => {
    expect(refusal(utf16le(TEXT, true))).toBe('the file is UTF-16 (little-endian), not UTF-8: save it as UTF-8 and try again');
    expect(refusal(new Uint8Array([0xfe, 0xff, 0, 0x7b]))).toMatch(/^the file is UTF-16 \(big-endian\)/);
  });

  it('names UTF-32 before mistaking it for UTF-16', () => {
    expect(refusal(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatch(/^the file is UTF-32 \(little-endian\)/);
  });

  it('recognises UTF-16 without a mark by its zero bytes', () => {
    expect(refusal(utf16le(TEXT, false))).toMatch(/^the file looks like UTF-16/);
  });

  it('refuses Latin-1 bytes, naming the line', () => {
    expect(refusal(new Uint8Array([...new TextEncoder().encode('{\n"name": "Z'), 0xfc, ...new TextEncoder().encode('rich"}')]))).toMatch(/^the file is not UTF-8 text \(line 2 /);
  });

  it('the app reads an opened file through the same rules as the command line', async () => {
    await expect(readScenarioFile(new Blob([utf16le(TEXT, true)]))).rejects.toThrow(/UTF-16 \(little-endian\)/);
    await expect(readScenarioFile(new Blob([TEXT]))).resolves.toBe(TEXT);
  });
});
