/**
 * Label placement: a chart has more things to name than room to name them
 * (milestones a few hours apart, a week-long wave at full range), so each
 * label offers places it could go (nudged along or up a row, or a shorter
 * wording) and takes the first that is free; a label with no free place is
 * left out rather than drawn over another. Greedy and in the order given,
 * so the labels that matter most go first and never move for later ones.
 */

/** A label's box, px: left, top, width, height. */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where labels may go and what they must keep clear of. */
export interface PlacementRoom {
  /** Labels must lie inside this box (default: anywhere). */
  bounds?: LabelBox;
  /** Boxes already drawn that labels must not cover (axis labels, a legend). */
  obstacles?: readonly LabelBox[];
  /** Air kept between a label and anything else, px (default 2). */
  gap?: number;
}

/** Whether `a` and `b` come closer than `gap` px both across and down. */
export function boxesOverlap(a: LabelBox, b: LabelBox, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** Whether `box` lies inside `bounds` (edges included). */
function inside(box: LabelBox, bounds: LabelBox): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/**
 * For each label (its candidate boxes in order of preference), the index of
 * the candidate it takes, or -1 when none is free: each candidate must lie
 * inside the bounds and keep `gap` px from the obstacles and from every
 * label placed before it.
 */
export function placeLabels(labels: readonly (readonly LabelBox[])[], room: PlacementRoom = {}): number[] {
  const gap = room.gap ?? 2;
  const taken: LabelBox[] = [...(room.obstacles ?? [])];
  return labels.map((candidates) => {
    const chosen = candidates.findIndex((box) => (!room.bounds || inside(box, room.bounds)) && taken.every((other) => !boxesOverlap(box, other, gap)));
    if (chosen >= 0) taken.push(candidates[chosen]);
    return chosen;
  });
}
