/**
 * The bytes of a scenario file as text. Scenario files are UTF-8, with or
 * without the byte-order mark some Windows editors add; a file in another
 * encoding is refused by name (an editor's "Save as UTF-16" is the usual
 * cause), rather than read as garbage and reported as a stray character.
 * The command line and the app read files through this one function.
 */
import { ScenarioError, scenarioIssue } from './ScenarioError.js';

/** Byte-order marks of encodings we refuse, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_MARKS: readonly { name: string; mark: readonly number[] }[] = [
  { name: 'UTF-32 (little-endian)', mark: [0xff, 0xfe, 0x00, 0x00] },
  { name: 'UTF-32 (big-endian)', mark: [0x00, 0x00, 0xfe, 0xff] },
  { name: 'UTF-16 (little-endian)', mark: [0xff, 0xfe] },
  { name: 'UTF-16 (big-endian)', mark: [0xfe, 0xff] },
];

const refuse = (message: string): never => {
  throw new ScenarioError([scenarioIssue([], message)]);
};

/** The text of a scenario file's bytes; throws a ScenarioError naming the encoding when they are not UTF-8. */
export function decodeScenarioBytes(bytes: Uint8Array): string {
  for (const { name, mark } of FOREIGN_MARKS) {
    if (mark.every((b, k) => bytes[k] === b)) refuse(`the file is ${name}, not UTF-8: save it as UTF-8 and try again`);
  }
  // UTF-16 without a mark: ASCII text with every other byte 0.
  const head = bytes.subarray(0, 64);
  if (head.length >= 4 && head.filter((b) => b === 0).length >= head.length / 4) refuse('the file looks like UTF-16 (it is full of zero bytes), not UTF-8: save it as UTF-8 and try again');
  try {
    // fatal: a byte sequence that is not UTF-8 is an error, not a silent replacement character.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return refuse(`the file is not UTF-8 text (line ${firstBadLine(bytes)} holds bytes that are not UTF-8, as a Latin-1 or Windows-1252 file would): save it as UTF-8 and try again`);
  }
}

/** The line, counted from 1, of the first byte sequence that is not UTF-8 (where the lenient decoder puts its first replacement character). */
function firstBadLine(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  return text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
}
