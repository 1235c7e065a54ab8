/**
 * The waves of the plan on a time chart: each wave shades its stretch of
 * time behind the marks, in alternating tints so neighbours stay apart, and
 * is named in a row above the plot. A wave too short for its name at the
 * zoom shown gets the shorter part of it ("Wave 1" for "Wave 1: pilot"),
 * then its number, then nothing; its full name stays in its title and in
 * the tooltip.
 */
import type { Selection } from 'd3';
import type { WaveWindow } from '../../../sim/model/SimulationResult.js';
import type { LegendItem } from './legend.js';
import { INK } from './palette.js';
import { placeLabels } from './placeLabels.js';
import { FONT_SIZE, textWidth } from './textWidth.js';
import type { TimeScale } from './timeScale.js';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** Height of the row naming the waves, px. */
export const WAVE_ROW = 15;
const LABEL_PAD = 3;
/** Ink over white, by wave parity: the strip naming the wave, and the shade behind the marks. */
const STRIP_OPACITY = [0.16, 0.08] as const;
const SHADE_OPACITY = [0.07, 0.03] as const;

/** A wave inside the scale's domain: its place in the scenario, its px extent cut to the plot, and the name that fits (null: none). */
export interface PlacedWave {
  wave: WaveWindow;
  index: number;
  left: number;
  right: number;
  label: string | null;
}

/** What a wave can be called, longest first: its name, the part before a colon, its number. */
export function waveNameVariants(name: string, index: number): string[] {
  const short = name.split(':')[0].trim();
  return [...new Set([name, short, `${index + 1}`])].filter((v) => v !== '');
}

/** The waves showing in the scale's domain, each named with the longest variant that fits inside its stretch and clear of its neighbours' names. */
export function placeWaves(waves: readonly WaveWindow[], x: TimeScale): PlacedWave[] {
  const [d0, d1] = x.domain;
  const shown = waves
    .map((wave, index) => ({ wave, index, left: x(Math.max(d0, wave.start)), right: x(Math.min(d1, wave.end)) }))
    .filter((w) => w.wave.end > d0 && w.wave.start < d1 && w.right > w.left);
  // Only the wordings that fit inside the wave's own stretch, up to where the next wave begins (waves in different time zones overlap by hours), are offered.
  const fitting = shown.map((w) => {
    const end = Math.min(w.right, ...shown.filter((next) => next.left > w.left).map((next) => next.left));
    return waveNameVariants(w.wave.name, w.index).filter((text) => w.left + LABEL_PAD + textWidth(text) <= end - LABEL_PAD);
  });
  const chosen = placeLabels(
    shown.map((w, i) => fitting[i].map((text) => ({ x: w.left + LABEL_PAD, y: 0, width: textWidth(text), height: WAVE_ROW }))),
    { gap: 4 },
  );
  return shown.map((w, i) => ({ ...w, label: chosen[i] < 0 ? null : fitting[i][chosen[i]] }));
}

/** Legend for the waves shown: one item, the strip's tint. */
export function waveLegend(placed: readonly PlacedWave[]): LegendItem[] {
  return placed.length > 0 ? [{ label: 'release waves', color: tint(STRIP_OPACITY[0]) }] : [];
}

/** `INK` at `opacity`, as a colour with alpha. */
function tint(opacity: number): string {
  return `${INK}${Math.round(opacity * 255)
    .toString(16)
    .padStart(2, '0')}`;
}

/** Draws the strips naming the waves into `g`, whose origin is the plot's left at the row's top. */
export function drawWaveRow(g: G, placed: readonly PlacedWave[]): void {
  const row = g.append('g').attr('class', 'waves');
  for (const w of placed) {
    row
      .append('rect')
      .attr('class', 'wave-strip')
      .attr('x', w.left)
      .attr('width', w.right - w.left)
      .attr('height', WAVE_ROW - 1)
      .attr('fill', tint(STRIP_OPACITY[w.index % 2]))
      .append('title')
      .text(`${w.wave.name} (${w.wave.regions.join(', ')})`);
    if (w.label !== null) {
      row
        .append('text')
        .attr('class', 'annotation')
        .attr('x', w.left + LABEL_PAD)
        .attr('y', FONT_SIZE)
        .attr('fill', INK)
        .text(w.label);
    }
  }
}

/** Shades each wave's stretch `height` px tall into `g`, a panel's frame, under whatever is drawn after. */
export function drawWaveShades(g: G, placed: readonly PlacedWave[], height: number): void {
  for (const w of placed) {
    g.append('rect')
      .attr('class', 'wave')
      .attr('data-wave', w.wave.name)
      .attr('x', w.left)
      .attr('width', w.right - w.left)
      .attr('height', height)
      .attr('fill', tint(SHADE_OPACITY[w.index % 2]));
  }
}

/** Names of the waves running at `hour`. */
export function wavesAt(waves: readonly WaveWindow[], hour: number): string[] {
  return waves.filter((w) => w.start <= hour && hour < w.end).map((w) => w.name);
}
