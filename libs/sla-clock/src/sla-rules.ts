/** The SLA policy and business calendar in force (a SlaRules), provided by the app from its configuration. */
export const SLA_RULES = Symbol('SLA_RULES');

/** The actor SLA facts are recorded by. */
export const SLA_CLOCK_ACTOR = 'sla-clock';
