import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { parseCustomerIdentifier } from '@ledger/domain';
import { EraseCustomerDataCommand, type CommandContext, type CustomerErasure } from '@ledger/feedback';
import { CommandCtx } from '../http/command-context.decorator';
import { CustomerIdentifierDto, EraseCustomerDto } from './erase-customer.dto';

/** What the service holds of a customer, as a person: for now, the right to be forgotten. */
@Controller('customers')
export class CustomersController {
  constructor(private readonly commands: CommandBus) {}

  /**
   * Erases the customer's personal data: name, phone, email and their own words in every ticket,
   * by deleting the keys they are sealed with. Views, histories and exports show `[erased]` once
   * they reach the answer's position; KPIs and the hash chain do not change. 404 when no personal
   * data is held for the customer (never seen, or already erased).
   */
  @Post(':customer/erase')
  @HttpCode(200)
  async erase(
    @Param() { customer }: CustomerIdentifierDto,
    @Body() body: EraseCustomerDto,
    @CommandCtx() context: CommandContext,
  ): Promise<CustomerErasure> {
    const identifier = parseCustomerIdentifier(customer) ?? customer;
    return this.commands.execute(new EraseCustomerDataCommand(identifier, body.reason, context));
  }
}
