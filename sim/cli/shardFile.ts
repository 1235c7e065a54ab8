/**
 * The file a shard writes (`shard-K-of-N.json`): which command ran with which
 * arguments, every job of the whole batch (its seed and a hash of its
 * scenario, so that a merge can check it replays the same batch), and the
 * results of this shard's slice. Numbers in typed arrays are stored as the
 * bytes of their doubles (base64), so NaN and every last bit come back as
 * they were: a merge gives the same bytes as one unsharded run.
 */
import { createHash } from 'node:crypto';
import type { ReplicationJob, ReplicationResult } from '../plan/index.js';
import type { Shard } from './parseShard.js';

/** A batch command as given, less the options that do not change its reports (--shard, --out, --quiet, --workers). */
export interface Invocation {
  command: string;
  /** The scenario file, or files (compare), as given. */
  operand: string | string[];
  flags: Record<string, unknown>;
}

/** A job as a shard file records it. */
export interface JobRecord {
  seed: number;
  /** SHA-256 of the job's scenario as JSON. */
  scenario: string;
}

/** What a shard file holds. */
export interface ShardContents {
  format: 'wavesim-shard/1';
  invocation: Invocation;
  shard: Shard;
  /** Every job of the batch, in order. */
  jobs: JobRecord[];
  /** Index of this shard's first job. */
  from: number;
  /** Results of jobs from, from + 1, …; as many as the slice has. */
  results: ReplicationResult[];
}

/** The shard file's name for shard K of N. */
export function shardFileName(shard: Shard): string {
  return `shard-${shard.index}-of-${shard.count}.json`;
}

/** The records of `jobs`; each distinct scenario object is hashed once. */
export function jobRecords(jobs: readonly ReplicationJob[]): JobRecord[] {
  const hashes = new Map<object, string>();
  return jobs.map(({ scenario, seed }) => {
    let hash = hashes.get(scenario);
    if (hash === undefined) {
      hash = createHash('sha256').update(JSON.stringify(scenario)).digest('hex');
      hashes.set(scenario, hash);
    }
    return { seed, scenario: hash };
  });
}

const bytesOf = (values: Float64Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64');

function doublesOf(text: string): Float64Array {
  const bytes = Buffer.from(text, 'base64');
  // A copy into a fresh, aligned buffer: Buffer's pool may start at any byte.
  const values = new Float64Array(bytes.byteLength / 8);
  new Uint8Array(values.buffer).set(bytes);
  return values;
}

/** The shard file's text. */
export function shardText(contents: ShardContents): string {
  return JSON.stringify(contents, (_, value: unknown) => (value instanceof Float64Array ? { float64: bytesOf(value) } : value));
}

/** A shard file's contents; throws when it is not one. */
export function readShardText(text: string): ShardContents {
  const contents = JSON.parse(text, (_, value: unknown) =>
    value !== null && typeof value === 'object' && typeof (value as { float64?: unknown }).float64 === 'string' ? doublesOf((value as { float64: string }).float64) : value,
  ) as ShardContents;
  if (contents?.format !== 'wavesim-shard/1') throw new Error('not a wavesim shard file');
  return contents;
}
