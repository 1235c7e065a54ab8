/**
 * A scenario carried in a link, like a recipe written on the back of the
 * invitation: the page address ends in `#scenario=` and the scenario text,
 * deflated and written in base64url, so that whoever opens the link sees the
 * same scenario. The part after `#` never reaches a server.
 */

/** What starts the address fragment of a scenario link. */
export const LINK_PREFIX = '#scenario=';

/** The fragment (`#scenario=…`) for scenario `text`. */
export async function encodeScenarioLink(text: string): Promise<string> {
  const deflated = await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw'));
  return LINK_PREFIX + toBase64Url(deflated);
}

/**
 * The most a link's scenario may unpack to. Deflate packs repetitive JSON a
 * thousand to one, so a short link could otherwise unpack to gigabytes and
 * crash the tab; 8 MB is several times the largest bundled scenario.
 */
export const MAX_LINK_SCENARIO_BYTES = 8 * 1024 * 1024;
/** The most a link's packed part may hold, checked before any decoding. */
export const MAX_LINK_CHARS = 2 * 1024 * 1024;

const megabytes = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;

/** Why a link's scenario could not be read: `damaged` or `tooLarge`, with words for the user. */
export class LinkProblem extends Error {
  override readonly name = 'LinkProblem';
  constructor(
    readonly kind: 'damaged' | 'tooLarge',
    message: string,
  ) {
    super(message);
  }
}

const DAMAGED = 'the scenario in this link is damaged or cut short (was the whole link copied?)';

/**
 * The scenario text of a fragment, null when the fragment holds no scenario;
 * throws a LinkProblem when the link is damaged or its scenario is larger
 * than a link may carry. Unpacking streams and stops at the limit, so an
 * oversized link costs no more memory than the limit.
 */
export async function decodeScenarioLink(fragment: string, limit = MAX_LINK_SCENARIO_BYTES): Promise<string | null> {
  if (!fragment.startsWith(LINK_PREFIX)) return null;
  const packed = fragment.slice(LINK_PREFIX.length);
  if (packed.length > MAX_LINK_CHARS) throw new LinkProblem('tooLarge', `this link is ${megabytes(packed.length)} long, more than a scenario link may be (${megabytes(MAX_LINK_CHARS)}): open the scenario as a file instead`);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64Url(packed);
  } catch {
    throw new LinkProblem('damaged', DAMAGED);
  }
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        void reader.cancel();
        throw new LinkProblem('tooLarge', `the scenario in this link unpacks to more than ${megabytes(limit)}, more than a link may carry: open it as a file instead`);
      }
      parts.push(value);
    }
    return new TextDecoder('utf-8', { fatal: true }).decode(await new Blob(parts as Uint8Array<ArrayBuffer>[]).arrayBuffer());
  } catch (error) {
    if (error instanceof LinkProblem) throw error;
    throw new LinkProblem('damaged', DAMAGED);
  }
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(transform);
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Bytes to a string at a time: String.fromCharCode takes its arguments on the stack. */
const CHUNK = 0x8000;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
