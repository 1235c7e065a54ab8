/**
 * Checks of on-premises imports (seed 002): organizations below 8.2 are
 * refused; imports are asked for by the customer, so they stay out of the
 * online reminder, approval and reschedule cycle.
 */
import { canImport } from '../../../sim/model/buildFleet.js';
import type { TraceEvent } from '../../../sim/model/TraceEvent.js';
import { Violations, type CheckFactory } from './Check.js';

/** Versions compared as numbers: 8.10 comes after 8.2. */
function atLeast82(version: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  return major > 8 || (major === 8 && minor >= 2);
}

export const importsBelow82Refused: CheckFactory = () => {
  const v = new Violations();
  return {
    rule: 'refuses to import organizations below 8.2 and imports the others',
    rows({ instances }) {
      for (const row of instances) {
        if (row.deployment !== 'onPremises') {
          v.expect(row.outcome !== 'importRefused', () => `${row.instance}: online, yet its import was refused`);
          continue;
        }
        v.expect(canImport(row.on_premises_version) === atLeast82(row.on_premises_version), () => `${row.on_premises_version}: the model's gate disagrees with 8.2`);
        const refused = row.outcome === 'importRefused';
        v.expect(refused === !atLeast82(row.on_premises_version), () => `${row.instance} on ${row.on_premises_version}: outcome ${row.outcome}`);
        if (refused) v.expect(row.attempts === '0' && row.start_utc === '' && row.to_version === row.from_version, () => `${row.instance}: refused, yet updated`);
      }
    },
    violations: () => v.list(),
  };
};

const IMPORT_MESSAGES = new Set(['importScheduled', 'importCompleted', 'fallback']);

export const importsOutsideOnlineCycle: CheckFactory = (facts) => {
  const v = new Violations();
  return {
    rule: 'keeps imports out of the online cycle: no reminders, approvals or reschedules, their own messages',
    trace(e: TraceEvent) {
      if (e.type === 'message') {
        const isImport = facts.isImport(e.instance);
        v.expect(isImport === IMPORT_MESSAGES.has(e.message) || e.message === 'fallback', () => `instance ${e.instance} (${isImport ? 'import' : 'online'}): ${e.message}`);
      } else if (e.type === 'reschedule') v.expect(!facts.isImport(e.instance), () => `import ${e.instance} rescheduled by an admin`);
      else if (e.type === 'stage' && e.stage === 'Queued' && facts.isImport(e.instance)) v.expect(e.approved, () => `import ${e.instance} queued unapproved`);
    },
    violations: () => v.list(),
  };
};
