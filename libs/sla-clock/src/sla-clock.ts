import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { problemDeadlines } from '@ledger/domain';
import { ChangeProblemCommand, CLOCK, type Clock } from '@ledger/feedback';
import { ProblemActionsDueQuery, SlaChecksDueQuery } from '@ledger/projections';
import { CheckSlaCommand } from './check-sla.command';
import { slaClockContext } from './sla-rules';

export interface SlaTickReport {
  /** Tickets whose next SLA fact had come by the tick's time. */
  readonly checked: number;
  /** SLA events appended. */
  readonly recorded: number;
}

const PAGE_SIZE = 200;

/**
 * Turns time passing into events: finds in the ticket view the tickets whose next SLA fact has come
 * and sends each a CheckSla command. Ticks never overlap in one process; any number of processes
 * may tick at once, because the facts' ids and the revision check make each fact land once.
 */
@Injectable()
export class SlaClock {
  private readonly logger = new Logger('SlaClock');
  private running?: Promise<SlaTickReport>;
  private stopping = false;

  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** One pass over the tickets that are due; a tick already under way is joined, not repeated. */
  tick(): Promise<SlaTickReport> {
    if (this.stopping) return Promise.resolve({ checked: 0, recorded: 0 });
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /**
   * Ends the tick under way after the ticket it is checking (a pass over many overdue tickets can
   * take minutes; the rest are due again at the next start) and refuses new ones.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.running?.catch(() => undefined);
  }

  private async pass(): Promise<SlaTickReport> {
    const now = this.clock.now().toISOString();
    let checked = 0;
    let recorded = 0;
    let after: string | undefined;
    do {
      const page = await this.queries.execute(new SlaChecksDueQuery(now, PAGE_SIZE, after));
      for (const ticket of page.items) {
        if (this.stopping) return { checked, recorded };
        checked++;
        try {
          recorded += await this.commands.execute(new CheckSlaCommand(ticket.id));
        } catch (error) {
          // One ticket's failure must not stop the others; it is due again at the next tick.
          this.logger.error(`SLA check of ticket ${ticket.id} failed: ${(error as Error).message}`);
        }
      }
      after = page.next;
    } while (after);
    const actions = await this.markOverdueActions(now);
    return { checked: checked + actions.checked, recorded: recorded + actions.recorded };
  }

  /**
   * Corrective actions of problems (SPEC §9) are deadlines like any other: one still open at its
   * due time is marked overdue, once; the command id names the action, so clocks agree.
   */
  private async markOverdueActions(now: string): Promise<SlaTickReport> {
    let checked = 0;
    let recorded = 0;
    let after: string | undefined;
    do {
      const page = await this.queries.execute(new ProblemActionsDueQuery(now, PAGE_SIZE, after));
      for (const { problem } of page.items) {
        checked++;
        for (const { actionId } of problemDeadlines(problem).filter((deadline) => deadline.dueAt <= now)) {
          if (this.stopping) return { checked, recorded };
          const commandId = `overdue/${problem.id}/${actionId}`;
          try {
            await this.commands.execute(
              new ChangeProblemCommand(
                problem.id,
                { type: 'MarkActionOverdue', data: { actionId } },
                slaClockContext(commandId),
              ),
            );
            recorded++;
          } catch (error) {
            this.logger.error(
              `marking action ${actionId} of problem ${problem.id} overdue failed: ${(error as Error).message}`,
            );
          }
        }
      }
      after = page.next;
    } while (after);
    return { checked, recorded };
  }
}
