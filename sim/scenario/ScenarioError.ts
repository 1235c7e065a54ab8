/**
 * A scenario that cannot be run, like a form handed back with every wrong box
 * circled: each issue names the field it concerns, so the command line can
 * list them and the web app can put each message beside its field.
 *
 * Issues are plain data (strings, numbers, arrays): a web worker sends them
 * across to the page as they are, where errors themselves lose everything but
 * their name and message.
 */

/** One problem in a scenario. */
export interface ScenarioIssue {
  /** Where, written as in `regions[2].updateSlots`; '' for the file as a whole. */
  path: string;
  /** The same place as keys and indexes, such as `['regions', 2, 'updateSlots']`. */
  segments: (string | number)[];
  /** What is wrong, such as `must be a positive integer`. */
  message: string;
  /** For a file that is not valid JSON: where the text goes wrong, counted from 1. */
  line?: number;
  column?: number;
}

/** Thrown by `parseScenario` and `validateScenario`; the message lists every issue on its own line. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly issues: ScenarioIssue[];

  /** Also rebuilds the error from issues that crossed a worker boundary. */
  constructor(issues: ScenarioIssue[]) {
    super(issues.map(issueLine).join('\n'));
    this.issues = issues;
  }
}

/** An issue as one line: `regions[2].updateSlots: must be a positive integer`. */
export function issueLine(issue: ScenarioIssue): string {
  return issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`;
}

/**
 * An issue at `segments`. Keys and quoted values that came from the user are
 * cut to a few dozen characters: a scenario may hold megabytes of text, and
 * an error message should point at it, not repeat it.
 */
export function scenarioIssue(segments: (string | number)[], message: string): ScenarioIssue {
  return { path: formatPath(segments), segments, message: capMessage(message) };
}

const MAX_QUOTED = 40;
/** Our own messages are far shorter; only a user value with quotes inside it can make one longer. */
const MAX_MESSAGE = 240;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `['regions', 2, 'updateSlots']` as `regions[2].updateSlots`; keys that are not identifiers go in brackets (`versions["8.2"]`). */
function formatPath(segments: (string | number)[]): string {
  let path = '';
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) path += `${path === '' ? '' : '.'}${cap(segment, MAX_QUOTED)}`;
    else path += `[${JSON.stringify(cap(segment, MAX_QUOTED))}]`;
  }
  return path;
}

function capMessage(message: string): string {
  const quotedCapped = oneLine(message).replace(/"([^"]*)"/g, (_, inner: string) => `"${cap(inner, MAX_QUOTED)}"`);
  return cap(quotedCapped, MAX_MESSAGE);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * `message` with control characters written as escapes (a line feed as
 * `\n`): a user's value quoted in a message must not break it into lines,
 * since the command line prints one issue per line and readers split on them.
 */
function oneLine(message: string): string {
  return message.replace(/\p{Cc}/gu, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `text` cut to `max` characters with an ellipsis, never splitting a surrogate pair. */
function cap(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}
