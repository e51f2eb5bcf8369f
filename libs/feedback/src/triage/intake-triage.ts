import { Inject, Injectable } from '@nestjs/common';
import { activeAlerts, routeFeedback, routeNeeds, type AutoTriage, type Ticket } from '@ledger/domain';
import { EVENT_STORE, type EventStore } from '@ledger/event-store';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from '../feedback-options';
import { REPEAT_COMPLAINT_FINDER, type RepeatComplaintFinder } from '../repeat-complaints';
import { SpikeAlertLog } from '../spikes/spike-alert-log';
import { AGENT_LOADS, type AgentLoads } from './agent-loads';
import { TEXT_CLASSIFIER_SOURCE, type TextClassifierSource } from './text-classifier';

/**
 * Finds out, before intake decides, what automatic triage needs: the classifier's proposal, the
 * complaint it repeats and the route with the agents' open work. The views are consulted as of
 * the log's head, so a ticket received just before is counted.
 */
@Injectable()
export class IntakeTriage {
  constructor(
    @Inject(FEEDBACK_OPTIONS) private readonly options: FeedbackOptions,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(TEXT_CLASSIFIER_SOURCE) private readonly classifiers: TextClassifierSource,
    @Inject(REPEAT_COMPLAINT_FINDER) private readonly repeats: RepeatComplaintFinder,
    @Inject(AGENT_LOADS) private readonly agentLoads: AgentLoads,
    private readonly spikes: SpikeAlertLog,
  ) {}

  async plan(ticket: Ticket): Promise<AutoTriage | undefined> {
    const triage = this.options.triage;
    if (!triage) return undefined;
    const classifier = await this.classifiers.current();
    // A summary is usually the content's beginning; only one written apart from it adds anything.
    const text = ticket.content.startsWith(ticket.summary.replace(/…$/, ''))
      ? ticket.content
      : `${ticket.summary}\n${ticket.content}`;
    const proposal = classifier.classify(text);
    if (proposal.confidence < triage.minConfidence) return { proposal, minConfidence: triage.minConfidence };
    const head = await this.store.headPosition();
    const repeatOf =
      proposal.category === 'complaint' ? await this.repeats.findEarlier(ticket, proposal, head) : undefined;
    const needs = routeNeeds(triage.routing, proposal);
    const loads = needs.candidates.length > 0 ? await this.agentLoads.loadsOf(needs.candidates, head) : [];
    const activeSpikes = activeAlerts((await this.spikes.read()).state).map(
      ({ alertNo, dimension, value }) => ({
        alertNo,
        dimension,
        value,
      }),
    );
    return {
      proposal,
      minConfidence: triage.minConfidence,
      ...(repeatOf ? { repeatOf } : {}),
      route: routeFeedback(needs, loads),
      ...(activeSpikes.length > 0 ? { activeSpikes } : {}),
    };
  }
}
