import { decideAutoTriage } from '../intake/decide-auto-triage';
import { evolveFeedback } from './evolve-feedback';
import type { ReceiveFeedback } from './feedback-commands';
import type { FeedbackEvent } from './feedback-events';
import { accept, refuse, ruleViolated, type Decision } from './feedback-refusal';
import type { FeedbackState } from './feedback-state';
import { deriveSummary } from './derive-summary';
import { LIMITS } from './feedback-vocabulary';
import { textLength } from './text-length';

/** Feedback keyed in late is still this century's: earlier dates are typing mistakes. */
const EARLIEST_RECEIPT = '2000-01-01T00:00:00Z';

export function decideReceiveFeedback(command: ReceiveFeedback, state: FeedbackState): Decision {
  if (state !== undefined) {
    return refuse(
      'FeedbackAlreadyReceived',
      'already_exists',
      `feedback ${state.ticketNo} was already received`,
    );
  }
  const { data, at, by } = command;
  if (!data.content.trim()) return ruleViolated('ContentRequired', 'content must not be blank');
  if (textLength(data.content) > LIMITS.content) {
    return ruleViolated('ContentTooLong', `content must be at most ${LIMITS.content} characters`);
  }
  const given = data.receivedAt ?? at;
  if (Number.isNaN(Date.parse(given))) {
    return ruleViolated('InvalidReceivedAt', `receivedAt ${given} is not a time`);
  }
  // One notation for every instant (UTC, milliseconds), so that views can order and compare them as text.
  const receivedAt = new Date(given).toISOString();
  if (Date.parse(receivedAt) < Date.parse(EARLIEST_RECEIPT)) {
    return ruleViolated('ReceivedTooEarly', `receivedAt ${given} is before ${EARLIEST_RECEIPT}`);
  }
  if (Date.parse(receivedAt) > Date.parse(at)) {
    return ruleViolated('ReceivedInFuture', `receivedAt ${given} is later than now (${at})`);
  }
  const received = accept({
    type: 'FeedbackReceived',
    data: {
      feedbackId: data.feedbackId,
      ticketNo: data.ticketNo,
      channel: data.channel,
      channelDetail: data.channelDetail,
      receivedAt,
      recordedAt: at,
      customer: data.customer ?? {},
      content: data.content,
      summary: deriveSummary(data.content, data.summary),
      language: data.language,
      tags: data.tags ?? [],
      attachments: data.attachments ?? [],
      externalRef: data.externalRef,
    },
  });
  if (!received.ok) return received;
  const events: FeedbackEvent[] = [...received.events];
  if (data.needsInfo) {
    events.push({
      type: 'InformationRequested',
      data: { question: data.needsInfo.question, by, requestedAt: at },
    });
  }
  const ticket = events.reduce(evolveFeedback, undefined);
  if (data.triage && ticket) events.push(...decideAutoTriage(ticket, data.triage, at));
  return accept(...events);
}
