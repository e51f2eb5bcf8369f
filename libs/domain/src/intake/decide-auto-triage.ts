import type { FeedbackEvent, PriorityRaiseReason } from '../feedback/feedback-events';
import type { Ticket } from '../feedback/feedback-state';
import { PRIORITIES, type Priority } from '../feedback/feedback-vocabulary';
import { AUTO_ACTOR, type AutoTriage } from './auto-triage';

/**
 * The events of automatic triage on a ticket just received: the classification (or, when the
 * classifier is unsure, the ticket held in triage with its proposal), the repeat link, each
 * priority raise with its reason (SPEC §2: one level per reason, never above P1), and the route.
 */
export function decideAutoTriage(ticket: Ticket, triage: AutoTriage, at: string): FeedbackEvent[] {
  const { proposal, minConfidence, repeatOf, route } = triage;
  const by = AUTO_ACTOR;
  if (proposal.confidence < minConfidence) {
    return [{ type: 'ClassificationHeldForTriage', data: { proposal, minConfidence, by, heldAt: at } }];
  }
  const events: FeedbackEvent[] = [
    {
      type: 'FeedbackClassified',
      data: {
        category: proposal.category,
        topics: [...new Set(proposal.topics)],
        priority: proposal.priority,
        severity: proposal.severity,
        by,
        reason: `classified automatically with confidence ${proposal.confidence}`,
        classifiedAt: at,
        confidence: proposal.confidence,
        sentiment: proposal.sentiment,
        evidence: proposal.evidence,
        taxonomyRevision: proposal.taxonomyRevision,
      },
    },
  ];
  const raises: { reason: PriorityRaiseReason; detail: string }[] = [];
  if (repeatOf && proposal.category === 'complaint' && repeatOf.feedbackId !== ticket.id) {
    events.push({ type: 'RepeatComplaintLinked', data: { ...repeatOf, by, linkedAt: at } });
    raises.push({
      reason: 'repeat_complaint',
      detail: `repeats ${repeatOf.ticketNo} (same ${repeatOf.matchedOn})`,
    });
  }
  if (ticket.customer.segment === 'vip')
    raises.push({ reason: 'vip_customer', detail: 'the customer is a VIP' });
  const spike = triage.activeSpikes?.find(({ dimension, value }) =>
    dimension === 'category' ? value === proposal.category : proposal.topics.includes(value),
  );
  if (spike) {
    raises.push({
      reason: 'spike',
      detail: `spike alert ${spike.alertNo}: ${spike.dimension} ${spike.value} is spiking`,
    });
  }
  let priority = proposal.priority;
  for (const { reason, detail } of raises) {
    const to = oneLevelUp(priority);
    if (to === priority) break;
    events.push({ type: 'PriorityRaised', data: { from: priority, to, reason, detail, by, raisedAt: at } });
    priority = to;
  }
  if (route && ticket.status !== 'awaiting_info') {
    const { department, assignee, collaborators, reason } = route;
    events.push({
      type: 'FeedbackAssigned',
      data: { department, assignee, collaborators, by, reason, assignedAt: at },
    });
  }
  return events;
}

function oneLevelUp(priority: Priority): Priority {
  return PRIORITIES[Math.max(0, PRIORITIES.indexOf(priority) - 1)];
}
