/**
 * How far each input is turned in a sensitivity study: its low and high
 * factor, ×0.8 and ×1.2 unless `--vary name=low:high` says otherwise
 * (`--vary approval=0.5:1.5` halves and then raises admins' approve odds).
 */
import { SCALED_INPUT_NAMES, type ScaledInput } from './scaleInput.js';
import { LEVEL_GRID_LIMITS } from './capacityLevels.js';

/** One input's range. */
export interface Variation {
  input: ScaledInput;
  low: number;
  high: number;
}

/** The range of every input not given one. */
export const DEFAULT_RANGE = { low: 0.8, high: 1.2 } as const;

/** A range that cannot be read; the message says what to write instead. */
export class VariationError extends Error {
  override readonly name = 'VariationError';
}

const FORM = /^\s*([^=\s]*)\s*=\s*([^:]*):(.*)$/;
const FACTOR = /^\s*(?:\d+(?:\.\d*)?|\.\d+)\s*$/;
/** The range of a factor: the same as a capacity plan's levels. */
const { least: MIN_FACTOR, most: MAX_FACTOR } = LEVEL_GRID_LIMITS;

function isScaledInput(name: string): name is ScaledInput {
  return (SCALED_INPUT_NAMES as string[]).includes(name);
}

/** Reads `name=low:high`, two factors above 0 with low < high, such as `slots=0.5:1.5`. */
export function parseVariation(text: string): Variation {
  const match = FORM.exec(text);
  const name = match?.[1] ?? text.split('=')[0].trim();
  if (!isScaledInput(name)) throw new VariationError(`"${text}": unknown input "${name}" (known inputs: ${SCALED_INPUT_NAMES.join(', ')})`);
  const [low, high] = [match?.[2], match?.[3]].map((f) => (f !== undefined && FACTOR.test(f) ? Number(f) : NaN));
  // Past ×100 a factor is a typo, and it would carry the scenario far beyond the bounds it was validated against.
  if (!(low >= MIN_FACTOR && high > low && high <= MAX_FACTOR)) {
    throw new VariationError(`"${text}": write ${name}=<low>:<high> with factors from ${MIN_FACTOR} to ${MAX_FACTOR} and low below high, such as ${name}=0.8:1.2`);
  }
  return { input: name, low, high };
}

/** Every input's range, in SCALED_INPUT_NAMES order: the defaults, replaced by `texts` (one per input at most). */
export function variations(texts: readonly string[]): Variation[] {
  const given = texts.map(parseVariation);
  given.forEach((v, i) => {
    if (given.findIndex((w) => w.input === v.input) !== i) throw new VariationError(`"${v.input}" is varied twice: give one range per input`);
  });
  return SCALED_INPUT_NAMES.map((input) => given.find((v) => v.input === input) ?? { input, ...DEFAULT_RANGE });
}
