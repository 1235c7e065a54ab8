/**
 * The way in for a scenario: file text or parsed data becomes a validated
 * scenario with its defaults filled in, or a ScenarioError listing every
 * problem at once, each with its path and a message a release manager can act
 * on (`regions[2].updateSlots: must be a positive integer`).
 */
import { z } from 'zod';
import { scenarioSchema, type Scenario } from './scenarioSchema.js';
import { ScenarioError, scenarioIssue, type ScenarioIssue } from './ScenarioError.js';
import { locateJsonError } from './locateJsonError.js';
import { estimateWork } from './estimateWork.js';

/** Parses and validates the JSON text of a scenario file; throws a ScenarioError. */
export function parseScenario(text: string): Scenario {
  return validateScenario(parseJson(text));
}

/**
 * Validates already-parsed data (such as a form's state), then estimates the
 * work of a run: a scenario that is valid but larger than one run can
 * simulate is refused here too, so that `validate`, `run` and the app agree.
 * Throws a ScenarioError.
 */
export function validateScenario(data: unknown): Scenario {
  // reportInput keeps each issue's input, which tells a missing field from a wrong one.
  const result = scenarioSchema.safeParse(data, { error: typeMessage, reportInput: true });
  if (!result.success) throw new ScenarioError(toScenarioIssues(result.error.issues));
  const { issues } = estimateWork(result.data);
  if (issues.length > 0) throw new ScenarioError(issues);
  return result.data;
}

const JSON_SPACE_ONLY = /^[ \t\n\r]*$/;

function parseJson(text: string): unknown {
  // Some Windows editors save a byte-order mark: JSON.parse rejects it, and no editor shows it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (JSON_SPACE_ONLY.test(body)) throw new ScenarioError([scenarioIssue([], 'the file is empty; a scenario is one JSON object')]);
  try {
    return JSON.parse(body);
  } catch (error) {
    const found = locateJsonError(body);
    // Only a disagreement between the engine and our scanner leaves the engine's word alone.
    if (!found) throw new ScenarioError([scenarioIssue([], `not valid JSON: ${(error as Error).message}`)]);
    const { line, column, message } = found;
    throw new ScenarioError([{ ...scenarioIssue([], `line ${line}, column ${column}: ${message}`), line, column }]);
  }
}

const TYPE_WORDS: Partial<Record<string, string>> = {
  number: 'must be a number',
  int: 'must be a whole number',
  string: 'must be a string',
  boolean: 'must be true or false',
  array: 'must be a list',
  object: 'must be an object',
  record: 'must be an object',
};

/**
 * Our wording for a value of the wrong type, used wherever the schema did not
 * word the message itself (its own messages take precedence in zod).
 */
const typeMessage: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_type' ? (TYPE_WORDS[issue.expected] ?? `must be of type ${issue.expected}`) : undefined;

/** Zod's issues as ours: one per unknown key, "is required" for anything missing, sorted by path, no repeats. */
function toScenarioIssues(issues: readonly z.core.$ZodIssue[]): ScenarioIssue[] {
  const out: ScenarioIssue[] = [];
  for (const issue of issues) {
    const segments = issue.path.map((s) => (typeof s === 'number' ? s : String(s)));
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push(scenarioIssue([...segments, key], unknownFieldMessage(key, knownFields(segments))));
    } else if (segments.length === 0 && issue.code === 'invalid_type') {
      // "must be an object" with no field before it would read as a fragment.
      out.push(scenarioIssue(segments, 'a scenario must be a JSON object'));
    } else if (issue.input === undefined) {
      out.push(scenarioIssue(segments, 'is required'));
    } else if (issue.code === 'invalid_key') {
      // A record key that breaks its rule: the rule's own message says why.
      out.push(scenarioIssue(segments, issue.issues[0]?.message ?? issue.message));
    } else {
      out.push(scenarioIssue(segments, issue.message));
    }
  }
  const seen = new Set<string>();
  return out
    .filter((i) => {
      const key = `${i.path}\n${i.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compareSegments(a.segments, b.segments));
}

/** Paths in document-independent order: field names alphabetically, indexes numerically. */
function compareSegments(a: (string | number)[], b: (string | number)[]): number {
  for (let k = 0; k < Math.min(a.length, b.length); k++) {
    const x = a[k];
    const y = b[k];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Edits (insert, delete, change, swap two neighbours) within which a typo earns a suggestion. */
const MAX_SUGGESTION_DISTANCE = 2;

function unknownFieldMessage(key: string, known: string[]): string {
  let best: string | undefined;
  let bestDistance = MAX_SUGGESTION_DISTANCE + 1;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? 'is not a known field' : `is not a known field (did you mean "${best}"?)`;
}

/** The field names of the object schema at `segments` of the scenario schema. */
function knownFields(segments: (string | number)[]): string[] {
  let schema: z.core.$ZodType | undefined = scenarioSchema;
  for (const segment of segments) {
    const inner: z.core.$ZodType = unwrap(schema);
    if (inner instanceof z.ZodObject) schema = inner.shape[segment];
    else if (inner instanceof z.ZodArray) schema = inner.element;
    else if (inner instanceof z.ZodRecord) schema = inner.valueType;
    else return [];
    if (!schema) return [];
  }
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

/** The schema under any optional, default or prefault wrapping. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodPrefault) s = s.unwrap();
  return s;
}

/**
 * Optimal string alignment distance (Levenshtein plus swapping two neighbours,
 * the commonest typo), or `limit` once it is clear the distance is at least that.
 */
function editDistance(a: string, b: string, limit: number): number {
  // The length difference alone costs that many edits: skip the table for a long pasted key.
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2] + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}
