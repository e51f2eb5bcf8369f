import { ERASED } from '../privacy/personal-data';
import { customerIdentifiers, customerKey, parseCustomerIdentifier } from './customer-key';

describe('customerKey', () => {
  it('prefers the customer id, then the phone, then the email', () => {
    expect(customerKey({ id: 'C-1', phone: '13812345678', email: 'a@b.cn' })).toBe('id:C-1');
    expect(customerKey({ phone: '13812345678', email: 'a@b.cn' })).toBe('phone:13812345678');
    expect(customerKey({ email: ' Zhang@Example.COM ' })).toBe('email:zhang@example.com');
    expect(customerKey({ name: '王女士' })).toBeUndefined();
  });

  it('writes one phone number one way, whatever the punctuation or country prefix', () => {
    const keys = ['138 1234 5678', '+86 138-1234-5678', '(138)12345678', '8613812345678'].map((phone) =>
      customerKey({ phone }),
    );
    expect(new Set(keys)).toEqual(new Set(['phone:13812345678']));
    expect(customerKey({ phone: '+1 415 555 0100' })).toBe('phone:14155550100');
  });
});

describe('customerIdentifiers', () => {
  it('lists every identifier the customer gave, most specific first', () => {
    expect(customerIdentifiers({ id: ' C-1 ', phone: '+86 138-1234-5678', email: 'Z@Example.com' })).toEqual([
      'id:C-1',
      'phone:13812345678',
      'email:z@example.com',
    ]);
    expect(customerIdentifiers({ name: '王女士', segment: 'vip' })).toEqual([]);
  });

  it('finds no one in erased contact details', () => {
    expect(customerIdentifiers({ phone: ERASED, email: ERASED, name: ERASED })).toEqual([]);
    expect(customerKey({ id: 'C-1', phone: ERASED })).toBe('id:C-1');
  });
});

describe('parseCustomerIdentifier', () => {
  it('writes an identifier as a person gives it the way tickets record it', () => {
    expect(parseCustomerIdentifier('phone:+86 138-1234-5678')).toBe('phone:13812345678');
    expect(parseCustomerIdentifier(' email:Z@Example.com ')).toBe('email:z@example.com');
    expect(parseCustomerIdentifier('id:C-1001')).toBe('id:C-1001');
  });

  it('refuses what names no customer', () => {
    for (const given of ['13812345678', 'phone:', 'phone:abc', 'name:王女士', 'id:   ', ''])
      expect(parseCustomerIdentifier(given)).toBeUndefined();
  });
});
