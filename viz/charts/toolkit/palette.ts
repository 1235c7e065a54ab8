/**
 * Colours shared by every chart, so a region or a category keeps its colour
 * from one view to the next. Region colours follow the region's position in
 * the scenario (Tableau 10, repeating after ten regions).
 */
import { schemeTableau10 } from 'd3';
import type { BackupKind, Channel } from '../../../sim/model/SimulationResult.js';

/** The colour of the region at `index` in the scenario's region list. */
export function regionColor(index: number): string {
  return schemeTableau10[index % schemeTableau10.length];
}

/**
 * Lines that are not regions (the scenarios of a comparison, the series of a
 * band view): Okabe and Ito's colour-blind-safe palette, ordered so that
 * neighbours differ in lightness as well as hue (the first two are a dark
 * blue and a light orange), and the first, the scenario at hand, is blue as
 * share on n is on the Run tab.
 */
export const LINE_COLORS = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#000000', '#f0e442'] as const;

/** The colour of line `index` where lines are not regions. */
export function lineColor(index: number): string {
  return LINE_COLORS[index % LINE_COLORS.length];
}

/** Text, axes and neutral marks (capacity, totals). */
export const INK = '#1f2937';
/** Secondary text: axis ticks, captions. */
export const MUTED = '#6b7280';
/** Gridlines and empty cells. */
export const GRID = '#e5e7eb';
/** Marks that stand for a problem: gaps, breaches, out of policy. */
export const ALERT = '#c2410c';
/** Marks that stand for the good outcome (on n). */
export const GOOD = '#2563eb';

/** Backup load by kind: steady system load in cool tones, update-driven load warm. */
export const BACKUP_KIND_COLORS: Readonly<Record<BackupKind, string>> = {
  system: '#94a3b8',
  onDemand: '#59a14f',
  update: '#4e79a7',
  restore: '#e15759',
};

/** Shaded spans of time: incidents and maintenance, health-gate halts, waves held for a bake (maintenance in violet: the waves behind take the greys). */
export const SPAN_COLORS: Readonly<Record<'incident' | 'maintenance' | 'halt' | 'bake', string>> = {
  incident: '#c2410c',
  maintenance: '#7c3aed',
  halt: '#b91c1c',
  bake: '#0891b2',
};

/** Notification channels. */
export const CHANNEL_COLORS: Readonly<Record<Channel, string>> = {
  inProductAlert: '#f28e2b',
  email: '#4e79a7',
  adminCenter: '#76b7b2',
};
