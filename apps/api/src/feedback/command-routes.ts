import type { FeedbackCommandType } from '@ledger/domain';

/** The command each command route sends, for metrics and logs. */
export const COMMAND_ROUTES: Readonly<Record<string, FeedbackCommandType>> = {
  '/feedback': 'ReceiveFeedback',
  '/feedback/:id/classify': 'Classify',
  '/feedback/:id/assign': 'Assign',
  '/feedback/:id/acknowledge': 'Acknowledge',
  '/feedback/:id/opinion': 'GiveOpinion',
  '/feedback/:id/return': 'ReturnAssignment',
  '/feedback/:id/progress': 'UpdateProgress',
  '/feedback/:id/request-info': 'RequestInformation',
  '/feedback/:id/provide-info': 'ProvideInformation',
  '/feedback/:id/resolve': 'Resolve',
  '/feedback/:id/satisfaction': 'RecordSatisfaction',
  '/feedback/:id/reopen': 'Reopen',
  '/feedback/:id/close': 'Close',
  '/feedback/:id/archive': 'Archive',
};

/** The command a request sends, from its method and path; undefined for anything but a command. */
export const commandOfRequest = (method: string, path: string): FeedbackCommandType | undefined =>
  method === 'POST' ? COMMAND_ROUTES[path.replace(/^\/feedback\/[^/]+\//, '/feedback/:id/')] : undefined;
