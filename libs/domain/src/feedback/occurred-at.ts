import type { FeedbackEvent } from './feedback-events';

/** When the event happened, by the time field it carries. */
export function occurredAt(event: FeedbackEvent): string {
  switch (event.type) {
    case 'FeedbackReceived':
      return event.data.receivedAt;
    case 'FeedbackClassified':
      return event.data.classifiedAt;
    case 'ClassificationHeldForTriage':
      return event.data.heldAt;
    case 'PriorityRaised':
      return event.data.raisedAt;
    case 'RepeatComplaintLinked':
      return event.data.linkedAt;
    case 'FeedbackAssigned':
      return event.data.assignedAt;
    case 'AssignmentAcknowledged':
      return event.data.acknowledgedAt;
    case 'AssignmentReturned':
      return event.data.returnedAt;
    case 'CollaboratorOpinionGiven':
      return event.data.givenAt;
    case 'ProgressUpdated':
      return event.data.updatedAt;
    case 'InformationRequested':
      return event.data.requestedAt;
    case 'InformationProvided':
      return event.data.providedAt;
    case 'FeedbackResolved':
      return event.data.resolvedAt;
    case 'SatisfactionRecorded':
      return event.data.recordedAt;
    case 'FeedbackReopened':
      return event.data.reopenedAt;
    case 'FeedbackClosed':
      return event.data.closedAt;
    case 'FeedbackArchived':
      return event.data.archivedAt;
    default:
      return event.data.detectedAt;
  }
}
