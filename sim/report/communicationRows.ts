/**
 * The communications report: notifications sent and people reached, per
 * message type of the communication table and per channel (in-product alert,
 * email, admin center) — the load on the notification service.
 */
import { CHANNELS, MESSAGE_TYPES, type SimulationResult } from '../model/SimulationResult.js';
import type { ReportRow } from './ReportRow.js';

/** Columns of communications.csv. */
export const COMMUNICATION_COLUMNS = ['message_type', 'channel', 'messages', 'recipients'] as const;

/**
 * One row per message type and channel, every pair included (zeros too), so
 * the file has the same shape in every run.
 */
export function communicationRows(result: SimulationResult): ReportRow[] {
  return MESSAGE_TYPES.flatMap((type, t) =>
    CHANNELS.map((channel, c) => ({
      message_type: type,
      channel,
      messages: result.messages[t][c],
      recipients: result.recipients[t][c],
    })),
  );
}
