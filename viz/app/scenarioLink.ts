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
 * The scenario text of a fragment, null when the fragment holds no scenario;
 * throws an Error saying the link is damaged when it cannot be read.
 */
export async function decodeScenarioLink(fragment: string): Promise<string | null> {
  if (!fragment.startsWith(LINK_PREFIX)) return null;
  try {
    const inflated = await pipe(fromBase64Url(fragment.slice(LINK_PREFIX.length)), new DecompressionStream('deflate-raw'));
    return new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (error) {
    throw new Error(`the scenario in this link is damaged or cut short (${(error as Error).message})`);
  }
}

async function pipe(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
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
