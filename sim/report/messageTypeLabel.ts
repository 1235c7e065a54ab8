/**
 * Message types in the words of the communication table ("7 days before",
 * "fallback to secondary update"), for readers who never see the camelCase
 * names summary.csv and communications.csv keep.
 */
import type { MessageType } from '../model/SimulationResult.js';

const LABELS: Readonly<Record<MessageType, string>> = {
  updateScheduled: 'Update scheduled',
  reminder90: 'Reminder 90 days before',
  reminder30: 'Reminder 30 days before',
  reminder15: 'Reminder 15 days before',
  reminder7: 'Reminder 7 days before',
  scheduleConfirmed: 'Schedule confirmed by admin',
  updateInProgress: 'Update in progress',
  updateSuccessful: 'Update successful',
  fallback: 'Fallback to secondary update',
  updateRescheduled: 'Update rescheduled',
  incidentStarted: 'Incident started',
  incidentResolved: 'Incident resolved',
  maintenanceScheduled: 'Maintenance scheduled',
  importScheduled: 'Import scheduled',
  importCompleted: 'Import completed',
};

/** The plain words for message type `type`; an unknown name is shown as it is. */
export function messageTypeLabel(type: string): string {
  return Object.hasOwn(LABELS, type) ? LABELS[type as MessageType] : type;
}
