/**
 * The planner's seven views, in the order the page shows them, and the
 * toolkit pieces the page needs around them (downloads, tooltip clean-up).
 */
import type { ViewDefinition } from './ChartTypes.js';
import { backupChart } from './backupChart.js';
import { capacityChart } from './capacityChart.js';
import { communicationsChart } from './communicationsChart.js';
import { complianceChart } from './complianceChart.js';
import { heatmapChart } from './heatmapChart.js';
import { storageChart } from './storageChart.js';
import { throughputChart } from './throughputChart.js';

export type { ChartHandle, ChartOptions, ChartRenderer, HourDomain, ViewDefinition } from './ChartTypes.js';
export { downloadPng, downloadSvg, exportFileName } from './toolkit/download.js';
export { standaloneSvg, svgText, type SvgExportOptions } from './toolkit/svgText.js';

/** The seven views: throughput, capacity, compliance, storage, backup, heatmap, communications. */
export const VIEWS: ViewDefinition[] = [
  { id: 'throughput', title: 'Throughput', render: throughputChart },
  { id: 'capacity', title: 'Update capacity and queue', render: capacityChart },
  { id: 'compliance', title: 'Policy compliance', render: complianceChart },
  { id: 'storage', title: 'Reported and actual storage', render: storageChart },
  { id: 'backup', title: 'Backup load', render: backupChart },
  { id: 'heatmap', title: 'Update starts by day and hour', render: heatmapChart },
  { id: 'communications', title: 'Communications', render: communicationsChart },
];
