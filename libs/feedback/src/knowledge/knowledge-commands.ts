import { Command } from '@nestjs/cqrs';
import type { Category, ReviseCase } from '@ledger/domain';
import type { CommandContext } from '../command-context';
import type { KnowledgeCaseResult } from './knowledge-case-result';

/** Where a case was learnt, as a client names it: exactly one of a ticket and a problem. */
export type CaseSourceReference = { readonly feedbackId: string } | { readonly problemId: string };

/**
 * A case as its publisher writes it. The title and symptom are always the publisher's own words:
 * a case outlives its ticket and customer, so nothing here defaults to what the customer wrote.
 * The other fields left out are taken from the source (see readCaseSource).
 */
export interface PublishCaseRequest {
  readonly source: CaseSourceReference;
  readonly title: string;
  readonly symptom: string;
  readonly solution?: string;
  readonly cause?: string;
  readonly category?: Category;
  readonly topics?: readonly string[];
  readonly language?: string;
}

export class PublishCaseCommand extends Command<KnowledgeCaseResult> {
  constructor(
    readonly request: PublishCaseRequest,
    readonly context: CommandContext,
  ) {
    super();
  }
}

/** The fields to change; those left out stay as they are. */
export class ReviseCaseCommand extends Command<KnowledgeCaseResult> {
  constructor(
    readonly caseId: string,
    readonly changes: ReviseCase['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}

export class WithdrawCaseCommand extends Command<KnowledgeCaseResult> {
  constructor(
    readonly caseId: string,
    readonly reason: string,
    readonly context: CommandContext,
  ) {
    super();
  }
}
