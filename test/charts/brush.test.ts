import { describe, expect, it } from 'vitest';
import { brushHours } from '../../viz/charts/toolkit/brush.js';
import { timeScale } from '../../viz/charts/toolkit/timeScale.js';

describe('brushHours', () => {
  const x = timeScale('2027-01-01', [0, 480], [0, 960]);

  it('widens a brushed selection to whole bins', () => {
    expect(brushHours([101, 299], x, 1)).toEqual([50, 150]);
    expect(brushHours([101, 299], x, 24)).toEqual([48, 168]);
  });

  it('keeps the selection inside the view and accepts it drawn right to left', () => {
    expect(brushHours([950, 10], x, 24)).toEqual([0, 480]);
  });

  it('treats a drag of a few pixels as a click, not a zoom', () => {
    expect(brushHours([100, 102], x, 1)).toBeNull();
  });
});
