/**
 * What a band view shows, in words under the views: the line is a mean, the
 * shaded band is where 90 % of runs fell. Said because a 90 % band and a 95 %
 * confidence interval sit on the same tab and answer different questions:
 * the band how far one wave may stray, the interval how well the mean is known.
 */

/** The band views' caption for a batch of `replications` runs per scenario. */
export function bandCaption(replications: number): string {
  return (
    `Each line is the mean over ${replications} replications, hour by hour; the shaded 90 % band runs from ` +
    'the 5th to the 95th percentile across replications (P5–P95), so 90 % of runs fell inside it. ' +
    'It shows how much one wave can vary, not how precisely the mean is known.'
  );
}
