import type { Customer } from './feedback-events';

/**
 * Who a customer is, for spotting repeats: their id where the channel knows it, else their phone
 * number (digits only, without a mainland +86 prefix), else their email in lower case.
 */
export function customerKey(customer: Customer): string | undefined {
  if (customer.id?.trim()) return `id:${customer.id.trim()}`;
  const digits = customer.phone?.replace(/\D/g, '').replace(/^86(?=1\d{10}$)/, '');
  if (digits) return `phone:${digits}`;
  const email = customer.email?.trim().toLowerCase();
  return email ? `email:${email}` : undefined;
}
