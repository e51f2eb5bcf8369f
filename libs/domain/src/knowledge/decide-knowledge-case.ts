import type { Actor } from '../feedback/feedback-events';
import type { Refusal, RefusalKind } from '../feedback/feedback-refusal';
import { LIMITS, type Category } from '../feedback/feedback-vocabulary';
import { textLength } from '../feedback/text-length';
import type { KnowledgeCase, KnowledgeCaseState } from './knowledge-case';
import type { KnowledgeCaseRevised, KnowledgeEvent, KnowledgeSource } from './knowledge-events';

/** Like a ticket command: who sends it and when it is decided, both supplied by the handler. */
type Command<Type extends string, Data> = Readonly<{
  type: Type;
  data: Readonly<Data>;
  by: Actor;
  at: string;
}>;

export type PublishCase = Command<
  'PublishCase',
  {
    caseId: string;
    title: string;
    symptom: string;
    cause?: string;
    solution: string;
    /** Left out when neither the publisher nor the source names one (a problem may have none). */
    category?: Category;
    topics?: readonly string[];
    source: KnowledgeSource;
    /**
     * The source's status as the handler read it just before deciding: a ticket's must be
     * `resolved` or `closed` (or `archived`, which only follows `closed`), a problem's `closed`.
     */
    sourceStatus: string;
    language?: string;
  }
>;

/** The fields to change; those left out stay as they are. */
export type ReviseCase = Command<
  'ReviseCase',
  { title?: string; symptom?: string; cause?: string; solution?: string; topics?: readonly string[] }
>;

export type WithdrawCase = Command<'WithdrawCase', { reason: string }>;

export type KnowledgeCommand = PublishCase | ReviseCase | WithdrawCase;
export type KnowledgeCommandType = KnowledgeCommand['type'];

export type KnowledgeDecision =
  | { readonly ok: true; readonly events: readonly KnowledgeEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

/** The ticket statuses a case may be learnt from: the work is done. */
export const PUBLISHABLE_TICKET_STATUSES: readonly string[] = ['resolved', 'closed', 'archived'];

const accept = (...events: KnowledgeEvent[]): KnowledgeDecision => ({ ok: true, events });
const refuse = (rule: string, kind: RefusalKind, message: string): KnowledgeDecision => ({
  ok: false,
  refusal: { rule, kind, message },
});

/**
 * The knowledge-case decider: given the state a case's events make and a command, the events
 * that follow or the rule that refuses it. Pure: the case id, the time and the source's status
 * arrive inside the command.
 */
export function decideKnowledgeCase(command: KnowledgeCommand, state: KnowledgeCaseState): KnowledgeDecision {
  if (command.type === 'PublishCase') return decidePublish(command, state);
  if (state === undefined) {
    return refuse('KnowledgeCaseNotFound', 'not_found', 'no knowledge case was published under this id');
  }
  if (state.status === 'withdrawn') {
    const verb = command.type === 'ReviseCase' ? 'Revise' : 'Withdraw';
    return refuse(
      `${verb}NotAllowedWhenWithdrawn`,
      'illegal_transition',
      `the case was withdrawn at ${state.withdrawal?.withdrawnAt ?? state.updatedAt}; publish a new case instead`,
    );
  }
  return command.type === 'ReviseCase' ? decideRevise(command, state) : decideWithdraw(command);
}

function decidePublish(command: PublishCase, state: KnowledgeCaseState): KnowledgeDecision {
  const { caseId, category, source, sourceStatus, language } = command.data;
  if (state !== undefined) {
    return refuse(
      'KnowledgeCaseAlreadyPublished',
      'already_exists',
      `case ${state.id} was published at ${state.publishedAt}; revise it instead`,
    );
  }
  const sourceRefusal = checkSource(source, sourceStatus);
  if (sourceRefusal) return sourceRefusal;
  if (category === undefined) {
    return refuse('CategoryRequired', 'rule_violated', 'a case needs a category; its source names none');
  }
  const title = command.data.title.trim();
  const symptom = command.data.symptom.trim();
  const cause = (command.data.cause ?? '').trim();
  const solution = command.data.solution.trim();
  const topics = cleanTopics(command.data.topics ?? []);
  const contentRefusal = checkContent({ title, symptom, cause, solution, topics });
  if (contentRefusal) return contentRefusal;
  return accept({
    type: 'KnowledgeCasePublished',
    data: {
      caseId,
      title,
      symptom,
      cause,
      solution,
      category,
      topics,
      source,
      ...(language === undefined ? {} : { language }),
      by: command.by,
      publishedAt: command.at,
    },
  });
}

function checkSource(source: KnowledgeSource, status: string): KnowledgeDecision | undefined {
  if (source.kind === 'ticket' && !PUBLISHABLE_TICKET_STATUSES.includes(status)) {
    return refuse(
      'TicketNotResolved',
      'illegal_transition',
      `ticket ${source.ticketNo} is ${status}; a case can be published from a resolved or closed ticket`,
    );
  }
  if (source.kind === 'problem' && status !== 'closed') {
    return refuse(
      'ProblemNotClosed',
      'illegal_transition',
      `problem ${source.problemId} is ${status}; a case can be published from a closed problem`,
    );
  }
  return undefined;
}

type Content = Partial<Pick<KnowledgeCase, 'title' | 'symptom' | 'cause' | 'solution' | 'topics'>>;

const REQUIRED = ['title', 'symptom', 'solution'] as const;
const MAX_LENGTH = {
  title: LIMITS.shortText,
  symptom: LIMITS.solution,
  cause: LIMITS.solution,
  solution: LIMITS.solution,
} as const;

/** Checks the fields present; every text is already trimmed. */
function checkContent(content: Content): KnowledgeDecision | undefined {
  for (const field of REQUIRED) {
    if (content[field] === '') {
      return refuse(`${pascal(field)}Required`, 'rule_violated', `a case needs a ${field}`);
    }
  }
  for (const [field, max] of Object.entries(MAX_LENGTH)) {
    const text = content[field as keyof typeof MAX_LENGTH];
    if (text !== undefined && textLength(text) > max) {
      return refuse('TextTooLong', 'rule_violated', `${field} must be at most ${max} characters`);
    }
  }
  if (content.topics && content.topics.length > LIMITS.topics) {
    return refuse('TooManyTopics', 'rule_violated', `a case has at most ${LIMITS.topics} topics`);
  }
  return undefined;
}

function decideRevise(command: ReviseCase, current: KnowledgeCase): KnowledgeDecision {
  const { title, symptom, cause, solution, topics } = command.data;
  const given: Content = {
    title: title?.trim(),
    symptom: symptom?.trim(),
    cause: cause?.trim(),
    solution: solution?.trim(),
    topics: topics && cleanTopics(topics),
  };
  if (Object.values(given).every((value) => value === undefined)) {
    return refuse(
      'NothingToRevise',
      'rule_violated',
      'name at least one of title, symptom, cause, solution, topics',
    );
  }
  const refusal = checkContent(given);
  if (refusal) return refusal;
  const changes: { -readonly [Field in keyof Content]: Content[Field] } = {};
  for (const field of ['title', 'symptom', 'cause', 'solution'] as const) {
    const value = given[field];
    if (value !== undefined && value !== current[field]) changes[field] = value;
  }
  if (given.topics && !sameList(given.topics, current.topics)) changes.topics = given.topics;
  // Sent again with what the case already says (a retry): nothing happened, nothing to record.
  if (Object.keys(changes).length === 0) return accept();
  const revised: KnowledgeCaseRevised = {
    type: 'KnowledgeCaseRevised',
    data: { ...changes, by: command.by, revisedAt: command.at },
  };
  return accept(revised);
}

function decideWithdraw(command: WithdrawCase): KnowledgeDecision {
  const reason = command.data.reason.trim();
  if (reason === '') {
    return refuse('WithdrawReasonRequired', 'rule_violated', 'say why the case is withdrawn');
  }
  if (textLength(reason) > LIMITS.reason) {
    return refuse('TextTooLong', 'rule_violated', `reason must be at most ${LIMITS.reason} characters`);
  }
  return accept({
    type: 'KnowledgeCaseWithdrawn',
    data: { reason, by: command.by, withdrawnAt: command.at },
  });
}

/** Topics once each, in the order given, without blanks. */
const cleanTopics = (topics: readonly string[]): string[] => [
  ...new Set(topics.map((topic) => topic.trim()).filter((topic) => topic !== '')),
];

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item, index) => item === b[index]);

const pascal = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
