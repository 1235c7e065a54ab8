/**
 * The inputs a stakeholder asks about before reading a verdict, in one
 * compact table for the printed report: the fleet, the release window, the
 * targets, each region's share, update slots and backup throughput, and the
 * waves with their dates, shares and regions. Names come from the user's
 * scenario and are set as text, never parsed.
 */
import type { Scenario } from '../../sim/scenario/scenarioSchema.js';
import { h } from './dom.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** "2027-04-01" (or an ISO date-time) as "1 Apr 2027". */
export function plainDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-').map(Number);
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** "1 Apr – 30 Jun 2027", the year once when both ends share it. */
function dateRange(start: string, end: string): string {
  const [from, to] = [plainDate(start), plainDate(end)];
  return start.slice(0, 4) === end.slice(0, 4) ? `${from.slice(0, -5)} – ${to}` : `${from} – ${to}`;
}

/** A wave's dates without the window's year, which the table says once: "1–7 Apr", "22 Apr – 12 May". */
function waveDates(start: string, end: string, year: string): string {
  const [from, to] = [plainDate(start), plainDate(end)].map((date) => (date.endsWith(` ${year}`) ? date.slice(0, -5) : date));
  const [fromDay, ...fromRest] = from.split(' ');
  return fromRest.join(' ') === to.split(' ').slice(1).join(' ') ? `${fromDay}–${to}` : `${from} – ${to}`;
}

/** A fraction (0.98) as "98.0 %", as the verdict writes a target. */
const percent = (fraction: number) => `${(100 * fraction).toFixed(1)} %`;

/** A wave's regions, in its order, or "all" when it takes every region (as a wave without a list does). */
function waveRegions(regions: readonly string[] | undefined, regionCount: number): string {
  return !regions || (new Set(regions).size === regionCount) ? 'all' : regions.join(', ');
}

/** A row of the inputs table: a label and its text. */
const row = (label: string, text: string) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, text));

/** The table of `scenario`'s key inputs; `instances` is the fleet the run built from its tenants. */
export function scenarioInputsTable(scenario: Scenario, instances: number): HTMLElement {
  const regionWeight = scenario.regions.reduce((sum, r) => sum + r.fleetShare, 0);
  const waveWeight = scenario.waves.reduce((sum, w) => sum + w.share, 0);
  const { release, targets } = scenario;
  const year = release.windowStart.slice(0, 4);
  // A fleet is generated from a tenant count, or listed tenant by tenant.
  const tenants = scenario.fleet?.tenants ?? scenario.tenants?.length ?? 0;
  const general = h(
    'table',
    { class: 'inputs-table', 'data-inputs': 'scenario' },
    h('caption', { class: 'sr-only' }, 'Key inputs'),
    h(
      'tbody',
      {},
      row('Fleet', `${whole.format(tenants)} tenants, ${whole.format(instances)} instances`),
      row('Window', `${dateRange(release.windowStart, release.windowEnd)}; n-1 supported until ${plainDate(release.n1SupportEnd)}`),
      row('Targets', `${percent(targets.shareOnN)} on n at window end; ${percent(targets.onTimeShare)} of updates on time`),
    ),
  );
  const regions = h(
    'table',
    { class: 'inputs-table', 'data-inputs': 'regions' },
    h('caption', { class: 'sr-only' }, 'Regions'),
    h('thead', {}, h('tr', {}, ...['Region', 'Fleet share', 'Update slots', 'Backup GB/h'].map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...scenario.regions.map((r) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, r.name),
          h('td', {}, `${((100 * r.fleetShare) / regionWeight).toFixed(0)} %`),
          h('td', {}, whole.format(r.updateSlots)),
          h('td', {}, whole.format(r.backupThroughputGbPerHour)),
        ),
      ),
    ),
  );
  const waves = h(
    'table',
    { class: 'inputs-table', 'data-inputs': 'waves' },
    h('caption', { class: 'sr-only' }, 'Waves'),
    h('thead', {}, h('tr', {}, ...['Wave', `Dates (${year})`, 'Share', 'Regions'].map((text) => h('th', { scope: 'col' }, text)))),
    h(
      'tbody',
      {},
      ...scenario.waves.map((w) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, w.name),
          h('td', { class: 'nowrap' }, waveDates(w.start, w.end, year)),
          // Shares are weights: the normalised percent is what a reader compares.
          h('td', {}, `${((100 * w.share) / waveWeight).toFixed(0)} %`),
          h('td', {}, waveRegions(w.regions, scenario.regions.length)),
        ),
      ),
    ),
  );
  return h('div', { class: 'inputs' }, general, regions, waves);
}
