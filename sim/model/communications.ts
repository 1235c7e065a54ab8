/**
 * The schedule for update communications (seed 000): which channels carry
 * each message. Messages are counted per channel; recipients are the tenant's
 * admins plus the extra recipients they added.
 */
import { CHANNELS, MESSAGE_TYPES, type Channel, type MessageType } from './SimulationResult.js';

/** Channels of each message type, from the communication table, the emails of seed 001 and the import's own (model choice). */
export const MESSAGE_CHANNELS: Record<MessageType, readonly Channel[]> = {
  updateScheduled: ['inProductAlert', 'email', 'adminCenter'],
  reminder90: ['email', 'adminCenter'],
  reminder30: ['email', 'adminCenter'],
  reminder15: ['email', 'adminCenter'],
  reminder7: ['inProductAlert', 'email', 'adminCenter'],
  scheduleConfirmed: ['adminCenter'],
  updateInProgress: ['adminCenter'],
  updateSuccessful: ['email', 'adminCenter'],
  fallback: ['email', 'adminCenter'],
  updateRescheduled: ['email', 'adminCenter'],
  incidentStarted: ['email'],
  incidentResolved: ['email'],
  // Seed 001: a Maintenance notification in the message center, and an email when it stops the service.
  maintenanceScheduled: ['email', 'adminCenter'],
  // Imports are asked for by the customer (seed 002): told when it is booked and when it is done, no reminders.
  importScheduled: ['email', 'adminCenter'],
  importCompleted: ['email', 'adminCenter'],
};

/** Message type codes, in MESSAGE_TYPES order, for the hot loop. */
export const MSG = Object.fromEntries(MESSAGE_TYPES.map((t, i) => [t, i])) as Record<MessageType, number>;

/** Days before the update that each reminder goes out, its message type and that type's code. */
export const REMINDERS: readonly { days: number; type: MessageType; code: number }[] = ([90, 30, 15, 7] as const).map((days) => ({
  days,
  type: `reminder${days}` as const,
  code: MSG[`reminder${days}`],
}));

const channelIndexes: number[][] = MESSAGE_TYPES.map((t) => MESSAGE_CHANNELS[t].map((c) => CHANNELS.indexOf(c)));

/**
 * Counts messages and recipients by type and channel. Every channel of a type
 * carries each of its messages, so the hot loop counts per type only and the
 * table by channel is drawn from those counts when read.
 */
export class MessageLog {
  private readonly sent = new Float64Array(MESSAGE_TYPES.length);
  private readonly reached = new Float64Array(MESSAGE_TYPES.length);

  /** Records one message of type code `type` reaching `people` recipients on each of its channels. */
  send(type: number, people: number): void {
    this.sent[type]++;
    this.reached[type] += people;
  }

  /** Messages by type and channel. */
  get messages(): number[][] {
    return byChannel(this.sent);
  }

  /** Recipients by type and channel. */
  get recipients(): number[][] {
    return byChannel(this.reached);
  }
}

/** A count per type spread over its channels (0 on the channels that do not carry it). */
function byChannel(perType: Float64Array): number[][] {
  return MESSAGE_TYPES.map((_, type) => {
    const row = CHANNELS.map(() => 0);
    for (const c of channelIndexes[type]) row[c] = perType[type];
    return row;
  });
}
