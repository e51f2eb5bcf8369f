export * from './feedback/feedback-vocabulary';
export * from './feedback/feedback-events';
export * from './feedback/feedback-commands';
export * from './feedback/feedback-state';
export * from './feedback/feedback-refusal';
export * from './feedback/feedback-transitions';
export * from './feedback/evolve-feedback';
export * from './feedback/decide-feedback';
export * from './feedback/derive-summary';
export * from './tracking-number/tracking-number';
export * from './sla/sla-policy';
export * from './sla/parse-sla-policy';
export * from './sla/sla-schedule';
export * from './sla/sla-state';
export * from './feedback/sla-events';
export * from './feedback/sla-track';
export * from './feedback/occurred-at';
export * from './feedback/customer-key';
export * from './feedback/text-length';
export * from './calendar/business-calendar';
export { dayOfIso, instantOfLocal, localDayOf } from './calendar/local-time';
export * from './calendar/china-holidays';
export * from './intake/classification-proposal';
export * from './intake/auto-triage';
export * from './intake/decide-auto-triage';
export * from './intake/routing-config';
export * from './intake/route-feedback';
export * from './self-service/public-timeline';
export * from './self-service/verify-contact';
export * from './spikes/spike-rule';
export * from './spikes/spike-events';
export * from './spikes/spike-alerts-state';
export * from './spikes/decide-spike-check';
export * from './spikes/decide-alert-delivery';
export * from './access/roles';
export * from './access/api-key-events';
export * from './access/api-keys-state';
export * from './access/decide-api-key';
export * from './privacy/mask-contact';
export * from './privacy/personal-data';
export * from './privacy/customer-data-erased';
export * from './privacy/personal-data-policy';
export * from './privacy/scrub-ticket';
export * from './problems/problem-vocabulary';
export * from './problems/problem-events';
export * from './problems/problem-commands';
export * from './problems/problem-state';
export {
  acceptProblem,
  refuseProblem,
  PROBLEM_TEXT_LIMITS,
  type ProblemDecision,
} from './problems/problem-decision';
export * from './problems/decide-problem';
export * from './problems/problem-deadlines';
export * from './knowledge/knowledge-events';
export * from './knowledge/knowledge-case';
export * from './knowledge/decide-knowledge-case';
export * from './problems/effect-check';
