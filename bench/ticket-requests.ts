/** The requests the load benchmarks send: a ticket received, and the commands of its life. */
import type { LoadRequest } from './load';

/** The benchmark's key as a header, for load sent by autocannon rather than `fetchWithKey`. */
export const KEY_HEADER = { authorization: 'Bearer bench-every-role-key-0123456789' };

let customers = 0;

/** A ticket received on the app channel, each from a new customer. */
export const intake: LoadRequest = {
  method: 'POST',
  path: '/feedback',
  setupRequest: (request) => ({
    ...request,
    body: JSON.stringify({
      channel: 'app',
      content: '登录后页面一直转圈，刷新也没用，订单也提交不了',
      customer: { name: '王女士', phone: `139${String(++customers).padStart(8, '0')}` },
    }),
  }),
};

/** The commands of a ticket's life after it is received, in order, with their bodies. */
export const LIFECYCLE: readonly [string, object][] = [
  ['classify', { category: 'function_issue', priority: 'P2', topics: ['login'] }],
  ['assign', { department: 'Technology', assignee: 'dev-li' }],
  ['acknowledge', {}],
  ['progress', { note: 'reproduced on Android 14' }],
  ['resolve', { solution: 'session cache fixed', kind: 'fix' }],
  ['satisfaction', { rating: 'satisfied', score: 5 }],
];

/**
 * The six commands of a ticket's life, each connection working one ticket after another; a
 * connection takes its next ticket from `tickets` at the first command.
 */
export function lifecycle(tickets: string[]): LoadRequest[] {
  return LIFECYCLE.map(([command, body], step) => ({
    method: 'POST',
    setupRequest: (request, context) => {
      // autocannon keeps one context per connection: the ticket it is working on.
      const ticket = context as { id?: string };
      if (step === 0) ticket.id = tickets.pop() ?? 'none-left';
      return { ...request, path: `/feedback/${ticket.id}/${command}`, body: JSON.stringify(body) };
    },
  }));
}
