import type { Customer } from '../feedback/feedback-events';
import type { Ticket } from '../feedback/feedback-state';
import { ERASED } from './personal-data';

const erase = (value: string | undefined): string | undefined => (value === undefined ? undefined : ERASED);

/**
 * The ticket as its events read once its customer's key is deleted: every personal field it
 * holds (PERSONAL_FIELDS) reads as erased, every other field is unchanged. The same ticket a
 * replay of the erased events gives, so that views scrubbed in place equal views rebuilt.
 */
export function scrubTicket(ticket: Ticket): Ticket {
  const { name, phone, email } = ticket.customer;
  const customer: Customer = {
    ...ticket.customer,
    name: erase(name),
    phone: erase(phone),
    email: erase(email),
  };
  const satisfaction = ticket.satisfaction && {
    ...ticket.satisfaction,
    comment: erase(ticket.satisfaction.comment),
  };
  return {
    ...ticket,
    customer: withoutUndefined(customer),
    content: ERASED,
    summary: ERASED,
    ...(satisfaction && { satisfaction: withoutUndefined(satisfaction) }),
  };
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, inner]) => inner !== undefined)) as T;
}
