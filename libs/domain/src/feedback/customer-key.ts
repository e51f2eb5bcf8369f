import { personalValue } from '../privacy/personal-data';
import type { Customer } from './feedback-events';

/**
 * Every way the customer is known, most specific first: their id where the channel knows it,
 * their phone number (digits only, without a mainland +86 prefix), their email in lower case.
 * Erased contact details identify no one.
 */
export function customerIdentifiers(customer: Customer): string[] {
  const identifiers: string[] = [];
  const id = customer.id?.trim();
  if (id) identifiers.push(`id:${id}`);
  const digits = phoneDigits(personalValue(customer.phone));
  if (digits) identifiers.push(`phone:${digits}`);
  const email = personalValue(customer.email)?.trim().toLowerCase();
  if (email) identifiers.push(`email:${email}`);
  return identifiers;
}

/** Who a customer is, for spotting repeats: the most specific of their identifiers. */
export function customerKey(customer: Customer): string | undefined {
  return customerIdentifiers(customer)[0];
}

/**
 * A customer identifier as a person gives it (`phone:+86 138-1234-5678`, `email:Z@Example.com`,
 * `id:C-1001`) written the way tickets record it, or undefined when it names none of the three.
 */
export function parseCustomerIdentifier(given: string): string | undefined {
  const match = /^(id|phone|email):(.+)$/s.exec(given.trim());
  if (!match) return undefined;
  const [, kind, value] = match;
  const customer: Customer = kind === 'id' ? { id: value } : { [kind as 'phone' | 'email']: value };
  return customerIdentifiers(customer)[0];
}

function phoneDigits(phone: string | undefined): string | undefined {
  return phone?.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '') || undefined;
}
