import { maskContactData, maskEmail, maskName, maskPhone } from './mask-contact';
import { ERASED, UNREADABLE } from './personal-data';

describe('masking contact data', () => {
  it('keeps the first 3 and last 4 digits of a phone, and hides short ones but their last 2', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('861******5678');
    expect(maskPhone('5555 6666')).toBe('555*6666');
    expect(maskPhone('12345')).toBe('***45');
  });

  it('keeps the first letter and the domain of an email, and the first character of a name', () => {
    expect(maskEmail('zhang.san@example.com')).toBe('z***@example.com');
    expect(maskEmail('not-an-email')).toBe('***');
    expect(maskName('张三丰')).toBe('张**');
    expect(maskName('Li Lei')).toBe('L**');
  });

  it('masks every phone, email, customer key and customer name in any value, leaving the rest', () => {
    const history = [
      {
        type: 'FeedbackReceived',
        data: {
          channel: 'phone',
          content: 'call me on my phone',
          customer: {
            id: 'c-9',
            name: '张三',
            phone: '13812345678',
            email: 'zs@example.com',
            segment: 'vip',
          },
        },
        metadata: { actor: 'agent-wang', name: 'not a customer' },
      },
      { customerKey: 'phone:13812345678' },
      { customerKey: 'id:c-9' },
    ];
    expect(maskContactData(history)).toEqual([
      {
        type: 'FeedbackReceived',
        data: {
          channel: 'phone',
          content: 'call me on my phone',
          customer: {
            id: 'c-9',
            name: '张**',
            phone: '138****5678',
            email: 'z***@example.com',
            segment: 'vip',
          },
        },
        metadata: { actor: 'agent-wang', name: 'not a customer' },
      },
      { customerKey: 'phone:138****5678' },
      { customerKey: 'id:c-9' },
    ]);
  });

  it('leaves erased and unreadable values as they read', () => {
    const customer = { name: ERASED, phone: ERASED, email: UNREADABLE };
    expect(maskContactData({ customer })).toEqual({ customer });
  });
});
