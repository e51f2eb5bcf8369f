import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CLOCK, systemClock } from './clock';
import { ChangeFeedbackHandler } from './commands/change-feedback.handler';
import { ReceiveFeedbackHandler } from './commands/receive-feedback.handler';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from './feedback-options';
import {
  FindTicketByNumberHandler,
  GetTicketAsOfHandler,
  GetTicketHandler,
  GetTicketHistoryHandler,
  VerifyTicketHandler,
} from './queries/feedback-query.handlers';
import { ChangeTaxonomyHandler } from './taxonomy/change-taxonomy.handler';
import { TaxonomyClassifierSource } from './taxonomy/taxonomy-classifier-source';
import { TaxonomyLog } from './taxonomy/taxonomy-log';
import { GetTaxonomyHandler, GetTaxonomyHistoryHandler } from './taxonomy/taxonomy-query.handlers';
import { IntakeTriage } from './triage/intake-triage';
import { TEXT_CLASSIFIER_SOURCE } from './triage/text-classifier';
import { TrackingNumberAllocator } from './tracking-numbers/tracking-number-allocator';
import { TrackTicketHandler } from './tracking/track-ticket.handler';
import { EraseCustomerDataHandler } from './privacy/erase-customer-data.handler';
import { ChangeProblemHandler } from './problems/change-problem.handler';
import { GetProblemHandler } from './problems/get-problem.handler';
import { OpenProblemHandler } from './problems/open-problem.handler';
import { SpikeAlertLog } from './spikes/spike-alert-log';
import { PublishCaseHandler } from './knowledge/publish-case.handler';
import { ReviseCaseHandler } from './knowledge/revise-case.handler';
import { WithdrawCaseHandler } from './knowledge/withdraw-case.handler';

/** The feedback feature's application layer: command and query handlers over the event store. */
@Module({})
export class FeedbackModule {
  static forRoot(options: FeedbackOptions): DynamicModule {
    return {
      module: FeedbackModule,
      // Global so that the SLA clock and other features share its clock and command bus.
      global: true,
      imports: [CqrsModule.forRoot()],
      providers: [
        { provide: FEEDBACK_OPTIONS, useValue: options },
        { provide: CLOCK, useValue: systemClock },
        TrackingNumberAllocator,
        TaxonomyLog,
        { provide: TEXT_CLASSIFIER_SOURCE, useClass: TaxonomyClassifierSource },
        ChangeTaxonomyHandler,
        GetTaxonomyHandler,
        GetTaxonomyHistoryHandler,
        SpikeAlertLog,
        IntakeTriage,
        ReceiveFeedbackHandler,
        ChangeFeedbackHandler,
        GetTicketHandler,
        FindTicketByNumberHandler,
        GetTicketHistoryHandler,
        GetTicketAsOfHandler,
        VerifyTicketHandler,
        TrackTicketHandler,
        EraseCustomerDataHandler,
        OpenProblemHandler,
        ChangeProblemHandler,
        GetProblemHandler,
        PublishCaseHandler,
        ReviseCaseHandler,
        WithdrawCaseHandler,
      ],
      exports: [CqrsModule, CLOCK, SpikeAlertLog, TEXT_CLASSIFIER_SOURCE],
    };
  }
}
