import { describe, expect, it } from 'vitest';
import { locateJsonError } from '../sim/scenario/locateJsonError.js';

describe('locateJsonError', () => {
  it.each([
    '{}',
    ' [ ] ',
    '{"a": [1, -2.5e+3, 0, 0.25, 1E9], "b": {"c": null, "d": true, "e": false}}',
    '"\\u00e9\\n\\"\\\\\\/"',
    '-0',
    '\r\n{\r\n  "a": "b"\r\n}\r\n',
  ])('finds nothing wrong in valid JSON %j', (text) => {
    expect(() => JSON.parse(text)).not.toThrow();
    expect(locateJsonError(text)).toBeNull();
  });

  // V8 gives an offset for these: ours must be the same place.
  it.each([
    '{',
    '{"a": 1,}',
    '{"a" 1}',
    '{"a": 1} x',
    '{"a": "x\ny"}',
    '[1,2',
    '[1 2]',
    '{"a": 1 "b": 2}',
    '{"a": -}',
    '{"a": 1.}',
    '{"a": 1e}',
    '"abc',
    "{'a': 1}",
  ])('agrees with V8 on where %j goes wrong', (text) => {
    const v8 = /at position (\d+)/.exec(String((() => { try { JSON.parse(text); } catch (e) { return (e as Error).message; } })()));
    expect(v8).not.toBeNull();
    expect(locateJsonError(text)?.offset).toBe(Number(v8![1]));
  });

  it('finds an unexpected token, for which V8 gives no position', () => {
    expect(locateJsonError('{"a": }')).toMatchObject({ offset: 6, line: 1, column: 7, message: "expected a value, found '}'" });
    expect(locateJsonError('[1, 2,, 3]')).toMatchObject({ offset: 6, message: "expected a value, found ','" });
  });

  it('counts lines ended by \\n, \\r\\n or a lone \\r', () => {
    expect(locateJsonError('{\n"a":\r\n1,\r"b" 2}')).toMatchObject({ line: 4, column: 5, message: "expected ':' after the property name, found '2'" });
  });

  it('names comments and invisible characters', () => {
    expect(locateJsonError('{ // note\n}')?.message).toBe("expected a property name in double quotes, found '/' (JSON allows no comments)");
    expect(locateJsonError('{"a":\u00a01}')?.message).toBe('expected a value, found character U+00A0');
  });

  it('handles nesting far deeper than the call stack', () => {
    const depth = 1_000_000;
    expect(locateJsonError('['.repeat(depth))).toMatchObject({ offset: depth, message: 'unexpected end of file, expected a value' });
    expect(locateJsonError('['.repeat(depth) + ']'.repeat(depth))).toBeNull();
  });
});
