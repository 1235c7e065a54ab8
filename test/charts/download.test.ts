import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../viz/charts/toolkit/download.js';

describe('exportFileName', () => {
  it('names a download after the scenario and view, written like the CLI output folders', () => {
    expect(exportFileName('Baseline: April 2027 release, 5,000 tenants', 'throughput', 'png')).toBe(
      'baseline-april-2027-release-5-000-tenants-throughput.png',
    );
    expect(exportFileName('../<evil>', 'heatmap', 'svg')).toBe('..-evil-heatmap.svg');
    expect(exportFileName('', 'storage', 'svg')).toBe('storage.svg');
  });
});
