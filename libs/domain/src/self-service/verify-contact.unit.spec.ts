import { ERASED } from '../privacy/personal-data';
import { verifiesContact } from './verify-contact';

describe('verifying a customer for tracking', () => {
  const customer = { phone: '+86 138-1234-5678', email: 'Zhang.Wei@Example.com' };

  it('accepts the last 4 digits of the phone, whatever its punctuation', () => {
    expect(verifiesContact(customer, '5678')).toBe(true);
    expect(verifiesContact(customer, ' 5678 ')).toBe(true);
  });

  it('accepts the email in any case', () => {
    expect(verifiesContact(customer, 'zhang.wei@example.com')).toBe(true);
    expect(verifiesContact(customer, 'ZHANG.WEI@EXAMPLE.COM')).toBe(true);
  });

  it('refuses other digits, a longer part of the phone, a wrong email and an empty answer', () => {
    for (const verify of ['1234', '45678', '138', 'zhang@example.com', '', '    ']) {
      expect(verifiesContact(customer, verify)).toBe(false);
    }
  });

  it('cannot verify a customer who left no contact, whatever is sent', () => {
    expect(verifiesContact({ name: '张先生' }, '')).toBe(false);
    expect(verifiesContact({ phone: '', email: '' }, '')).toBe(false);
    expect(verifiesContact({ phone: '12' }, '12')).toBe(false);
  });

  it('cannot verify a customer whose contact details were erased, not even by naming the marker', () => {
    const erased = { phone: ERASED, email: ERASED };
    for (const verify of [ERASED, ERASED.toUpperCase(), ''])
      expect(verifiesContact(erased, verify)).toBe(false);
  });
});
