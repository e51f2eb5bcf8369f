import { customerKey } from './customer-key';

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
