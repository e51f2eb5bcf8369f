import type { FeedbackCommandType, KnowledgeCommandType } from '@ledger/domain';

type CommandType = FeedbackCommandType | KnowledgeCommandType;

/** The command each command route sends, for metrics and logs. */
export const COMMAND_ROUTES: Readonly<Record<string, CommandType>> = {
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
  '/knowledge': 'PublishCase',
  '/knowledge/:caseId/revise': 'ReviseCase',
  '/knowledge/:caseId/withdraw': 'WithdrawCase',
};

/** The command a request sends, from its method and path; undefined for anything but a command. */
export const commandOfRequest = (method: string, path: string): CommandType | undefined =>
  method === 'POST'
    ? COMMAND_ROUTES[
        path
          .replace(/^\/feedback\/[^/]+\//, '/feedback/:id/')
          .replace(/^\/knowledge\/[^/]+\//, '/knowledge/:caseId/')
      ]
    : undefined;
