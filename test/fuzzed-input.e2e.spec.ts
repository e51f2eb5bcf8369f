import fc from 'fast-check';
import { COMMAND_ROUTES } from '../apps/api/src/feedback/command-routes';
import { TestApp } from './support/test-app';

/** Keys that have broken JavaScript services before: prototype pollution and lookalikes. */
const HOSTILE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'channel',
  'content',
];

const hostileString = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '💥'.repeat(3000), 'x'.repeat(12_000), '{"a":', 'null'),
);

/** Any JSON a client could send: wrong types, huge and odd strings, deep nesting, hostile keys. */
const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 5 }),
    tie('object'),
  ),
  object: fc.dictionary(
    fc.oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ maxLength: 10 })),
    tie('value'),
    {
      maxKeys: 6,
    },
  ),
})).value;

describe('fuzzed bad input', () => {
  let app: TestApp;
  let ticketId: string;

  beforeAll(async () => {
    app = await TestApp.start();
    const res = await app.http().post('/feedback').send({ channel: 'web', content: 'a ticket to aim at' });
    ticketId = res.body.id;
  });
  afterAll(() => app.stop());

  it.each(Object.keys(COMMAND_ROUTES))(
    'POST %s never answers 500 and appends nothing when it refuses',
    async (route) => {
      const path = route.replace(':id', ticketId);
      await fc.assert(
        fc.asyncProperty(hostileJson, async (body) => {
          const before = (await app.allEvents()).length;
          const res = await app
            .http()
            .post(path)
            .set('Content-Type', 'application/json')
            .send(JSON.stringify(body) ?? 'null');
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect((await app.allEvents()).length).toBe(before);
          // Nothing sent may reach the prototype every object shares.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('channel');
        }),
        { numRuns: 60 },
      );
    },
  );
});
