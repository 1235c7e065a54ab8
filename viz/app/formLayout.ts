/**
 * Which scenario fields the form offers, and how: the parameters a release
 * manager changes most (fleet size and mix, window dates, wave plan, region
 * capacity, admin behaviour, incidents). Everything else is edited in the
 * JSON text. Plain data, so a test can check that every field names a real
 * place in a scenario.
 */
import { SCENARIO_BOUNDS as B } from '../../sim/scenario/scenarioBounds.js';
import { ADMIN_PROFILES, INCIDENT_KINDS } from '../../sim/scenario/scenarioVocabulary.js';
import { valueAt } from './applyEdit.js';
import type { FieldKind } from './fieldValue.js';
import type { PathSegment } from './scenarioPath.js';

/** One field: where it is (under its group's or row's place), its label and kind. */
export interface FieldSpec {
  key: PathSegment[];
  label: string;
  kind: FieldKind;
  /** The words a `choice` field offers. */
  choices?: readonly string[];
  /** A short note beside the label: the unit, or what the value means. */
  hint?: string;
  /** What the field shows when the scenario leaves it out: the schema's default. */
  absentValue?: unknown;
  /** Offers the scenario's region names (and `*`) as suggestions. */
  suggestRegions?: boolean;
  /** A heading that starts a new row of fields with this one, such as "Version mix (weights)". */
  startsRow?: string;
  /** The unit shown beside a number, such as "%" or "GB/h". */
  unit?: string;
  /** A number's range and step as the field shows them (a percent's in %), from the schema's bounds. */
  range?: NumberRange;
  /** A relative weight: its normalised percent of the set named here (the fields or rows sharing the name) shows beside it. */
  weightOf?: string;
}

/** What a number field accepts; `step` 'any' where the schema takes any real number. */
export interface NumberRange {
  min: number;
  max: number;
  step: number | 'any';
}

/** Ranges of the form's numbers: the schema's bounds (`sim/scenario/scenarioBounds.ts`), as the schema applies them. */
const RANGES = {
  percent: { min: 0, max: 100, step: 'any' },
  weight: { min: 0, max: B.weight, step: 'any' },
  tenants: { min: 1, max: B.tenants, step: 1 },
  updateSlots: { min: 1, max: B.updateSlots, step: 1 },
  gbPerHour: { min: B.leastGbPerHour, max: B.gbPerHour, step: 'any' },
  // The schema asks for more than 0 hours; a field's min can only say "at least", so 0 shows here and the message says the rest.
  incidentHours: { min: 0, max: B.incidentHours, step: 'any' },
  seed: { min: 0, max: Number.MAX_SAFE_INTEGER, step: 1 },
} as const satisfies Record<string, NumberRange>;

/** Fields under one place of the scenario, such as `release`. */
export interface FieldGroup {
  type: 'fields';
  title: string;
  base: PathSegment[];
  fields: FieldSpec[];
  /** Instead of the fields, when the scenario does not use them (a listed fleet has no generated mix). */
  note?: (input: unknown) => string | null;
}

/** A table: one row per entry of a list (rows can be added and removed) or per fixed key of an object. */
export interface TableGroup {
  type: 'table';
  title: string;
  /** The list or object the rows are. */
  rows: PathSegment[];
  /** Fixed rows of an object, by key; absent for a list. */
  rowKeys?: readonly string[];
  /** What a row is called, for its header cell and its fields' labels. */
  rowLabel: (row: unknown, key: PathSegment) => string;
  /** Whether the row's label is its first cell (otherwise the first column says it all). */
  rowHeader: boolean;
  /** Each row as a small card of labelled fields rather than a table row: for rows whose text (names, lists) needs the panel's width. */
  cards?: boolean;
  columns: FieldSpec[];
  /** For a list: the add button's label and a new entry, given the scenario. */
  newRow?: { label: string; make: (input: unknown) => Record<string, unknown> };
}

export type FormGroup = FieldGroup | TableGroup;

const text = (value: unknown, fallback: string): string => (typeof value === 'string' && value !== '' ? value : fallback);

/** The form, group by group, top to bottom. */
export const FORM_LAYOUT: readonly FormGroup[] = [
  {
    type: 'fields',
    title: 'Scenario',
    base: [],
    fields: [
      { key: ['name'], label: 'Name', kind: 'text' },
      // The plain-language story of the scenario: it was in the file but shown nowhere.
      { key: ['description'], label: 'Description', kind: 'longText' },
    ],
  },
  {
    type: 'fields',
    title: 'Release window',
    base: ['release'],
    fields: [
      { key: ['announce'], label: 'Announce', kind: 'date', hint: '"update scheduled" goes out' },
      { key: ['windowStart'], label: 'Window start', kind: 'date' },
      { key: ['windowEnd'], label: 'Window end', kind: 'date', hint: 'inclusive' },
      { key: ['n1SupportEnd'], label: 'n-1 support end', kind: 'date', hint: 'last supported day' },
    ],
  },
  {
    type: 'fields',
    title: 'Targets',
    base: ['targets'],
    fields: [
      { key: ['shareOnN'], label: 'Share on n at window end, at least', kind: 'percent', unit: '%', range: RANGES.percent, absentValue: 0.98 },
      { key: ['onTimeShare'], label: 'Updates on time, at least', kind: 'percent', unit: '%', range: RANGES.percent, absentValue: 0.99 },
    ],
  },
  {
    type: 'fields',
    title: 'Fleet size and mix',
    base: ['fleet'],
    note: (input) => {
      const tenants = valueAt(input, ['tenants']);
      if (valueAt(input, ['fleet']) !== undefined || !Array.isArray(tenants)) return null;
      return `This scenario lists its ${tenants.length.toLocaleString('en')} tenants one by one: edit them in the JSON text below.`;
    },
    fields: [
      { key: ['tenants'], label: 'Tenants', kind: 'number', range: RANGES.tenants },
      ...(['n', 'n-1', 'n-2'] as const).map(
        (version, i): FieldSpec => ({ key: ['versions', version], label: version, kind: 'number', range: RANGES.weight, weightOf: 'fleet.versions', startsRow: i === 0 ? 'Version mix (relative weights)' : undefined }),
      ),
      ...ADMIN_PROFILES.map(
        (profile, i): FieldSpec => ({
          key: ['adminProfiles', profile],
          label: profile,
          kind: 'number',
          range: RANGES.weight,
          weightOf: 'fleet.adminProfiles',
          startsRow: i === 0 ? 'Admin profile mix (relative weights)' : undefined,
        }),
      ),
    ],
  },
  {
    type: 'table',
    title: 'Wave plan',
    rows: ['waves'],
    rowLabel: (row, key) => text(valueAt(row, ['name']), `wave ${Number(key) + 1}`),
    rowHeader: false,
    // Wave names and region lists are sentences and lists: in table cells they were cut off.
    cards: true,
    columns: [
      { key: ['name'], label: 'Name', kind: 'text' },
      { key: ['start'], label: 'Start', kind: 'date' },
      { key: ['end'], label: 'End', kind: 'date' },
      { key: ['share'], label: 'Share (weight)', kind: 'number', range: RANGES.weight, weightOf: 'waves' },
      { key: ['regions'], label: 'Regions', kind: 'list', hint: 'comma-separated; empty for all' },
    ],
    newRow: {
      label: 'Add a wave',
      make: (input) => {
        const waves = valueAt(input, ['waves']);
        return {
          name: `Wave ${(Array.isArray(waves) ? waves.length : 0) + 1}`,
          start: text(valueAt(input, ['release', 'windowStart']), ''),
          end: text(valueAt(input, ['release', 'windowEnd']), ''),
          share: 1,
        };
      },
    },
  },
  {
    type: 'table',
    title: 'Region capacity',
    rows: ['regions'],
    rowLabel: (row, key) => text(valueAt(row, ['name']), `region ${Number(key) + 1}`),
    rowHeader: true,
    columns: [
      { key: ['updateSlots'], label: 'Update slots', kind: 'number', range: RANGES.updateSlots },
      { key: ['backupThroughputGbPerHour'], label: 'Backup throughput', kind: 'number', unit: 'GB/h', range: RANGES.gbPerHour },
    ],
  },
  {
    type: 'table',
    title: 'Admin behaviour',
    rows: ['admins'],
    rowKeys: ADMIN_PROFILES,
    rowLabel: (_row, key) => String(key),
    rowHeader: true,
    columns: [
      { key: ['approve'], label: 'Approve', kind: 'percent', unit: '%', range: RANGES.percent, hint: 'chance per message' },
      { key: ['reschedule'], label: 'Reschedule', kind: 'percent', unit: '%', range: RANGES.percent, hint: 'chance per message; with approve at most 100 %' },
    ],
  },
  {
    type: 'table',
    title: 'Incidents',
    rows: ['incidents', 'scheduled'],
    rowLabel: (_row, key) => `incident ${Number(key) + 1}`,
    rowHeader: false,
    // Five fields, a time and a region name among them: a table row cut them all short.
    cards: true,
    columns: [
      { key: ['kind'], label: 'Kind', kind: 'choice', choices: INCIDENT_KINDS },
      { key: ['region'], label: 'Region', kind: 'text', hint: 'a region name, or * for all', suggestRegions: true },
      { key: ['start'], label: 'Start (UTC)', kind: 'dateTime', hint: 'YYYY-MM-DD or YYYY-MM-DDTHH:MMZ' },
      { key: ['durationHours'], label: 'Duration', kind: 'number', unit: 'h', range: RANGES.incidentHours },
      { key: ['pauseUpdates'], label: 'Pause', kind: 'boolean', hint: 'updates stop starting in the region', absentValue: true },
    ],
    newRow: {
      label: 'Add an incident',
      make: (input) => ({
        kind: 'unplanned',
        region: text(valueAt(input, ['regions', 0, 'name']), '*'),
        start: `${text(valueAt(input, ['release', 'windowStart']), '')}T00:00Z`,
        durationHours: 4,
        pauseUpdates: true,
      }),
    },
  },
];

/** The seed sits beside the Run button rather than in the form, but is a field like the others. */
export const SEED_FIELD: FieldSpec = { key: ['seed'], label: 'Seed', kind: 'number', range: RANGES.seed };
