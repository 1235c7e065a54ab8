/**
 * What a run reports, event by event, to an observer: the audit trail that
 * tests check the domain's rules against. Off by default; it slows a run.
 * Entries come in the order the run decides them: an update's Restore and
 * Database Upgrade are planned, and traced with their own times, when it
 * starts; reminders nobody answered are traced when the next milestone comes.
 */
import type { MessageType } from './SimulationResult.js';

/** Where an instance went: the update stages by their domain names, and how a step ended. */
export type TraceStage =
  | 'Queued'
  | 'Backup'
  | 'Restore'
  | 'DatabaseUpgrade'
  | 'Updated'
  | 'Failed'
  | 'Aborted'
  | 'NotStarted'
  | 'NotApproved'
  | 'MissedWindow'
  | 'ImportRefused';

export type TraceEvent =
  | {
      type: 'message';
      time: number;
      instance: number;
      message: MessageType;
      /** Window-open time of the instance's pending update when the message went out. */
      dueAt: number;
    }
  | {
      type: 'stage';
      time: number;
      instance: number;
      stage: TraceStage;
      kind: number;
      region: number;
      version: number;
      /** Version code of the step under way. */
      target: number;
      windowOpen: number;
      windowClose: number;
      approved: boolean;
      /** Whether the pending update is mandatory: n-2, or n-1 booked on a local date after its last supported one. */
      mandatory: boolean;
    }
  | {
      type: 'restore';
      time: number;
      instance: number;
      end: number;
      kind: number;
      /** When the backup restored was taken. */
      pointAt: number;
    }
  | { type: 'restoreRefused'; time: number; instance: number; pointAt: number }
  /** A health gate halted or resumed a scope (a region's name, or "*" for the fleet); `instance` is -1. */
  | { type: 'gate'; time: number; instance: -1; scope: string; decision: 'halt' | 'resume' }
  | { type: 'reschedule'; time: number; instance: number; from: number; to: number };
