/**
 * A scenario file the user opened or dropped, read as the command line reads
 * it: UTF-8 with or without a byte-order mark, any other encoding refused by
 * name (`File.text()` would read UTF-16 as a page of strange characters).
 */
import { decodeScenarioBytes } from '../../sim/scenario/decodeScenarioBytes.js';

/** The text of `file`; throws an Error saying which encoding it is when it is not UTF-8. */
export async function readScenarioFile(file: Blob): Promise<string> {
  return decodeScenarioBytes(new Uint8Array(await file.arrayBuffer()));
}
