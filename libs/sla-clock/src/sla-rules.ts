import type { CommandContext } from '@ledger/feedback';

/** The SLA policy and business calendar in force (a SlaRules), provided by the app from its configuration. */
export const SLA_RULES = Symbol('SLA_RULES');

/** The actor SLA facts are recorded by. */
export const SLA_CLOCK_ACTOR = 'sla-clock';

/** The context of a command the clock sends: its id names the fact, so clocks that race agree. */
export const slaClockContext = (commandId: string): CommandContext => ({
  commandId,
  keyedByClient: false,
  actor: SLA_CLOCK_ACTOR,
  correlationId: commandId,
  causationId: commandId,
  requestHash: '',
});
