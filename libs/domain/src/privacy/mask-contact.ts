import { personalValue } from './personal-data';

/**
 * Contact data as analysts and auditors see it (SPEC §12): enough to tell records apart, never
 * enough to call or write to the customer.
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (digits.length >= 8) return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
  return `${'*'.repeat(Math.max(digits.length - 2, 1))}${digits.slice(-2)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

export function maskName(name: string): string {
  const [first = ''] = Array.from(name.trim());
  return `${first}**`;
}

/** `phone:…` and `email:…` customer keys hide what they carry; an `id:` key is the company's own. */
function maskCustomerKey(key: string): string {
  if (key.startsWith('phone:')) return `phone:${maskPhone(key.slice(6))}`;
  if (key.startsWith('email:')) return `email:${maskEmail(key.slice(6))}`;
  return key;
}

const MASKERS: Readonly<Record<string, (value: string) => string>> = {
  phone: maskPhone,
  email: maskEmail,
  customerKey: maskCustomerKey,
};

/**
 * A copy of any JSON value with the contact data masked wherever it appears: every `phone`,
 * `email` and `customerKey`, and the `name` of every `customer`. Walking the whole value, rather
 * than listing where contact data is, keeps new views and histories masked too. Erased values
 * stay as they read: there is nothing left to hide.
 */
export function maskContactData(value: unknown, key?: string): unknown {
  if (typeof value === 'string') {
    return key && MASKERS[key] && personalValue(value) !== undefined ? MASKERS[key](value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => maskContactData(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>).map(([name, inner]) => {
    if (
      key === 'customer' &&
      name === 'name' &&
      typeof inner === 'string' &&
      personalValue(inner) !== undefined
    ) {
      return [name, maskName(inner)];
    }
    return [name, maskContactData(inner, name)];
  });
  return Object.fromEntries(entries);
}
