import { personalValue } from '../privacy/personal-data';
import type { Customer } from '../feedback/feedback-events';

const digitsOf = (text: string | undefined): string => (text ?? '').replace(/\D/g, '');

/**
 * Whether `verify` proves the caller knows the customer's contact: the last 4 digits of the phone,
 * or the whole email (case and surrounding spaces ignored). A ticket without a phone or an email
 * cannot be tracked: nothing else the caller could know is private enough. Guessing 4 digits is
 * bounded by the tracking rate limit, not by this comparison. Erased contact details prove nothing.
 */
export function verifiesContact(customer: Customer, verify: string): boolean {
  const given = verify.trim();
  const phone = digitsOf(personalValue(customer.phone));
  const email = personalValue(customer.email)?.trim().toLowerCase();
  const byPhone = phone.length >= 4 && /^\d{4}$/.test(given) && phone.slice(-4) === given;
  const byEmail = email !== undefined && email !== '' && email === given.toLowerCase();
  return byPhone || byEmail;
}
