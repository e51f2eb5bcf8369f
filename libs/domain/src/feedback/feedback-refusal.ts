import type { FeedbackEvent } from './feedback-events';
import type { Status } from './feedback-vocabulary';

/**
 * Why a command was refused. `kind` tells the transport what sort of refusal it is:
 * the ticket does not exist, its current status forbids the command, or a business rule about
 * the command's content is broken.
 */
export type RefusalKind = 'not_found' | 'already_exists' | 'illegal_transition' | 'rule_violated';

export interface Refusal {
  readonly rule: string;
  readonly kind: RefusalKind;
  readonly message: string;
  readonly status?: Status;
}

export type Decision =
  | { readonly ok: true; readonly events: readonly FeedbackEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

export const accept = (...events: FeedbackEvent[]): Decision => ({ ok: true, events });

export const refuse = (rule: string, kind: RefusalKind, message: string, status?: Status): Decision => ({
  ok: false,
  refusal: status === undefined ? { rule, kind, message } : { rule, kind, message, status },
});

export const ruleViolated = (rule: string, message: string): Decision =>
  refuse(rule, 'rule_violated', message);
