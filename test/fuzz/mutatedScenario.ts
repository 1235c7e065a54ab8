/**
 * Scenarios a hostile or careless user could write, for the property-based
 * fuzz test: a bundled scenario (with its defaults written out, so every
 * field is there to break) with one to four fields replaced by extreme
 * numbers, huge lists, far-off or impossible dates, hostile strings, values
 * of the wrong type, or removed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parseScenario, SCENARIO_BOUNDS } from '../../sim/scenario/index.js';

const SCENARIOS = new URL('../../scenarios/', import.meta.url);
const files = readdirSync(SCENARIOS).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
const texts = [...files.map((f) => readFileSync(new URL(f, SCENARIOS), 'utf8')), readFileSync(new URL('../fixtures/tiny.json', import.meta.url), 'utf8')];

/** The bundled scenarios with every default written out. */
export const BASES: readonly unknown[] = texts.map((text) => JSON.parse(JSON.stringify(parseScenario(text))));

type Path = (string | number)[];

/** Every place in `value` a mutation can hit: each object key, array item and the arrays themselves. */
function paths(value: unknown, at: Path = []): Path[] {
  const out: Path[] = at.length > 0 ? [at] : [];
  if (Array.isArray(value)) value.slice(0, 6).forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}
const BASE_PATHS = BASES.map((b) => paths(b));

const extremeNumber = fc.oneof(
  fc.constantFrom(0, -0, -1, 0.5, 1, 2, 23, 24, 25, 65_535, 65_536, 70_000, 2 ** 31, 2 ** 32, 1e6, 1e9, 1e10, 1e15, 2 ** 53, 1e300, 1e308, 5e-324, 1e-300, -1e308, Number.MAX_SAFE_INTEGER + 2),
  fc.integer({ min: -1_000_000, max: 100_000_000 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const ymd = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const hostileDate = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => ymd(y, m, d)),
  fc.tuple(fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => ymd(y, m, d)),
  fc.tuple(fc.integer({ min: 2026, max: 2028 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 25 }), fc.integer({ min: 0, max: 61 })).map(
    ([y, m, d, h, mi]) => `${ymd(y, m, d)}T${String(h).padStart(2, '0')}:${String(mi).padStart(2, '0')}Z`,
  ),
  fc.constantFrom('2027-02-29', '2028-02-29', '0001-01-01', '9999-12-31', '2027-04-01T24:00Z', '2027-4-1', '+02027-04-01'),
);

const hostileString = fc.oneof(
  fc.constantFrom('', ' ', '*', 'NAM', 'EUR', 'x\r=cmd|\' /C calc\'!A0', '=HYPERLINK("http://evil","x")', '  +1', '\t-1', 'a"b,c\r\nd', '\u0000', '\uFEFF', '\uD800', '𝓊𝓃𝒾𝒸ℴ𝒹ℯ', '8.1', '99999.99999', 'n-2', 'one', 'two', 'high'),
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.integer({ min: 65, max: 20_000 }).map((n) => 'A'.repeat(n)),
);

const wrongType = fc.constantFrom(null, true, false, {}, [], '1', [1, 2], { min: 1 });

/** A change to the value at one place. */
type Mutation = (value: unknown) => unknown;
const DELETE = Symbol('delete');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Exactly at a bound, or just inside: the largest scenarios that must still run.
  { weight: 4, arbitrary: fc.constantFrom(...Object.values(SCENARIO_BOUNDS)).map((n): Mutation => (v) => (typeof v === 'number' ? n : v)) },
  { weight: 3, arbitrary: fc.double({ min: 0.5, max: 2, noNaN: true }).map((f): Mutation => (v) => (typeof v === 'number' ? (Number.isInteger(v) ? Math.round(v * f) : v * f) : v)) },
  { weight: 5, arbitrary: extremeNumber.map((n): Mutation => () => n) },
  { weight: 3, arbitrary: fc.integer({ min: -8, max: 12 }).map((k): Mutation => (v) => (typeof v === 'number' ? v * 10 ** k : v)) },
  { weight: 3, arbitrary: hostileDate.map((d): Mutation => () => d) },
  { weight: 3, arbitrary: hostileString.map((s): Mutation => () => s) },
  // A list made huge or emptied: many regions, waves, tenants, incidents or weights.
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 9_000 }).map((n): Mutation => (v) => (Array.isArray(v) && v.length > 0 ? Array.from({ length: n }, (_, i) => structuredClone(v[i % v.length])) : v)) },
  { weight: 2, arbitrary: wrongType.map((w): Mutation => () => structuredClone(w)) },
  { weight: 1, arbitrary: fc.constant<Mutation>(() => DELETE) },
);

function apply(target: unknown, path: Path, change: Mutation): void {
  let parent = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = parent?.[key];
    if (!next || typeof next !== 'object') return;
    parent = next as Record<string | number, unknown>;
  }
  const key = path[path.length - 1];
  const value = change(parent[key]);
  if (value === DELETE) delete parent[key];
  else parent[key] = value;
}

/** A bundled scenario with one to four places changed, as JSON text. */
export const mutatedScenario: fc.Arbitrary<string> = fc
  .integer({ min: 0, max: BASES.length - 1 })
  .chain((b) =>
    fc.tuple(
      fc.constant(b),
      fc.array(fc.tuple(fc.integer({ min: 0, max: BASE_PATHS[b].length - 1 }), mutation), { minLength: 1, maxLength: 4 }),
    ),
  )
  .map(([b, changes]) => {
    const s = structuredClone(BASES[b]);
    for (const [p, change] of changes) apply(s, BASE_PATHS[b][p], change);
    return JSON.stringify(s);
  });

/**
 * The same scenario with at most `tenants` tenants, so that a run stays small
 * while every other extreme stays in; the text unchanged if it has no fleet.
 */
export function smallFleet(text: string, tenants = 40): string {
  const s = JSON.parse(text);
  if (s?.fleet && typeof s.fleet.tenants === 'number' && s.fleet.tenants > tenants) s.fleet.tenants = tenants;
  if (Array.isArray(s?.tenants) && s.tenants.length > tenants) s.tenants = s.tenants.slice(0, tenants);
  return JSON.stringify(s);
}
