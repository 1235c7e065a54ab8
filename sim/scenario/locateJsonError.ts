/**
 * Where a text stops being valid JSON (RFC 8259), and why, so that a user
 * editing a scenario file by hand is sent to the line and column at fault.
 *
 * `JSON.parse` cannot be relied on for this: V8 (Node 20, Chrome) gives an
 * offset for most errors but none for an unexpected token (`{"a": }`), and
 * Firefox and Safari word their errors differently again. This scanner runs
 * only after `JSON.parse` has failed, and reads the text the same way in every
 * engine. It is iterative, like V8's parser, so deep nesting cannot overflow
 * the stack.
 */

/** A syntax error: its offset in UTF-16 code units, its line and column counted from 1, and a message. */
export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

const SPACE = ' \t\n\r';
const ESCAPABLE = '"\\/bfnrt';
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The first syntax error in `text`, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  let i = 0;

  const skipSpace = (): void => {
    while (i < text.length && SPACE.includes(text[i])) i++;
  };
  const expected = (what: string): string =>
    i >= text.length ? `unexpected end of file, expected ${what}` : `expected ${what}, found ${describeChar(text, i)}`;

  function digits(): boolean {
    const start = i;
    while (text[i] >= '0' && text[i] <= '9') i++;
    return i > start;
  }

  // Each scanner below starts on the first character of its token and returns
  // an error message, or null after moving `i` past the token.
  function string(): string | null {
    i++;
    for (;;) {
      if (i >= text.length) return 'unexpected end of file inside a string (a closing " is missing)';
      const code = text.charCodeAt(i);
      if (code === 0x22) {
        i++;
        return null;
      }
      if (code < 0x20) return `${describeChar(text, i)} must be escaped inside a string (is a closing " missing?)`;
      if (code !== 0x5c) i++;
      else if (i + 1 < text.length && ESCAPABLE.includes(text[i + 1])) i += 2;
      else if (text[i + 1] === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
      else if (i + 1 < text.length) return 'bad escape in a string (use \\\\ for a backslash)';
      else i++;
    }
  }

  function number(): string | null {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return expected('a digit');
    if (text[i] === '.') {
      i++;
      if (!digits()) return expected('a digit after the decimal point');
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return expected('a digit in the exponent');
    }
    return null;
  }

  function literal(word: string): string | null {
    for (const ch of word) {
      if (text[i] !== ch) return expected(`"${word}"`);
      i++;
    }
    return null;
  }

  function scalar(): string | null {
    const c = text[i];
    if (c === '"') return string();
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    return expected('a value');
  }

  /** A property name and its colon, up to where the value starts. */
  function propertyName(): string | null {
    skipSpace();
    if (text[i] !== '"') return expected('a property name in double quotes');
    const error = string();
    if (error) return error;
    skipSpace();
    if (text[i] !== ':') return expected("':' after the property name");
    i++;
    return null;
  }

  function scan(): string | null {
    // The closing brackets of the objects and arrays we are inside, innermost last.
    const closers: string[] = [];
    let wantValue = true;
    for (;;) {
      skipSpace();
      if (wantValue) {
        const c = text[i];
        if (c === '{' || c === '[') {
          const closer = c === '{' ? '}' : ']';
          i++;
          skipSpace();
          if (text[i] === closer) {
            i++;
            wantValue = false;
            continue;
          }
          closers.push(closer);
          if (closer === '}') {
            const error = propertyName();
            if (error) return error;
          }
          continue;
        }
        const error = scalar();
        if (error) return error;
        wantValue = false;
        continue;
      }
      const closer = closers.at(-1);
      if (closer === undefined) return i < text.length ? `unexpected ${describeChar(text, i)} after the end of the JSON value` : null;
      if (text[i] === closer) {
        i++;
        closers.pop();
        continue;
      }
      if (text[i] !== ',') return expected(`',' or '${closer}'`);
      i++;
      skipSpace();
      // The most common slip in hand-edited JSON, worth its own message.
      if (text[i] === closer) return `a comma before '${closer}' is not allowed in JSON`;
      if (closer === '}') {
        const error = propertyName();
        if (error) return error;
      }
      wantValue = true;
    }
  }

  const message = scan();
  if (message === null) return null;
  return { offset: i, ...lineAndColumn(text, i), message };
}

/** Line and column of `offset`, both from 1; a line ends at \n, \r\n or a lone \r. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset; k++) {
    const c = text[k];
    if (c === '\n' || (c === '\r' && text[k + 1] !== '\n')) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** A character as a reader can see it: quoted when visible, else by its code point (a stray tab, a no-break space). */
function describeChar(text: string, offset: number): string {
  const ch = String.fromCodePoint(text.codePointAt(offset) ?? 0);
  if (ch === '/') return "'/' (JSON allows no comments)";
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return `'${ch}'`;
  return `character U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
