import { ApiKeys, bootstrapAdminKey } from '@ledger/access';
import { runLedgerCommand } from '../apps/api/src/cli/ledger-cli';
import { TestApp } from './support/test-app';

describe('API keys: the first admin key, managed keys, revocation', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start(undefined, { LEDGER_API_KEYS: '' });
  });
  afterAll(() => app.stop());

  it('issues one admin key on the first start with no key anywhere, printed once, stored as a hash', async () => {
    const printed: string[] = [];
    const keys = app.get(ApiKeys);
    const started = await Promise.all(
      [1, 2, 3].map(() => bootstrapAdminKey(keys, (key) => printed.push(key))),
    );
    expect(started.filter(Boolean)).toHaveLength(1);
    expect(printed).toHaveLength(1);
    const [key] = printed;
    expect(key).toMatch(/^flk_[A-Za-z0-9_-]{43}$/);
    expect(await bootstrapAdminKey(keys, (again) => printed.push(again))).toBe(false);
    expect(printed).toHaveLength(1);

    const stored = JSON.stringify((await app.allEvents()).map(({ data, metadata }) => ({ data, metadata })));
    expect(stored).not.toContain(key);
    const listed = await app.http(key).get('/admin/keys');
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([
      expect.objectContaining({ name: 'bootstrap-admin', roles: ['admin'], createdBy: 'system' }),
    ]);
    expect(listed.body[0].keyHash).toBeUndefined();
    expect((await app.http(null).get('/admin/keys')).status).toBe(401);
  });

  it('creates a key that works at once, records its creator as the actor, and refuses it once revoked', async () => {
    const adminKey = (await keyFromCli()).key;
    const made = await app
      .http(adminKey)
      .post('/admin/keys')
      .send({ name: 'call-centre', roles: ['service'] });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      name: 'call-centre',
      roles: ['service'],
      createdBy: 'cli-admin-1',
    });
    const serviceKey: string = made.body.key;
    const listed = await app.http(adminKey).get('/admin/keys');
    expect(listed.body.find((k: { name: string }) => k.name === 'cli-admin-1').createdBy).toMatch(/^cli:/);

    const received = await app.http(serviceKey).post('/feedback').set('X-Actor', 'agent-wang').send({
      channel: 'phone',
      content: '快递三天没动了',
    });
    expect(received.status).toBe(201);
    const [event] = await app.store.readStream(`feedback-${received.body.id}`);
    expect(event.metadata).toMatchObject({ actor: 'agent-wang', via: 'call-centre' });

    const sameName = await app
      .http(adminKey)
      .post('/admin/keys')
      .send({ name: 'call-centre', roles: ['agent'] });
    expect(sameName.status).toBe(409);
    expect(sameName.body.rule).toBe('ApiKeyNameTaken');

    const revoked = await app
      .http(adminKey)
      .post(`/admin/keys/${made.body.keyId}/revoke`)
      .send({ reason: 'the tool was retired' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.revoked).toMatchObject({ reason: 'the tool was retired' });
    expect((await app.http(serviceKey).post('/feedback').send({ channel: 'web', content: 'x' })).status).toBe(
      401,
    );
    const again = await app
      .http(adminKey)
      .post(`/admin/keys/${made.body.keyId}/revoke`)
      .send({ reason: 'twice' });
    expect(again.status).toBe(409);
  });

  it('refuses X-Actor from a key that is not a service key', async () => {
    const agent = (await keyFromCli('agent')).key;
    const sent = await app
      .http(agent)
      .post('/feedback')
      .set('X-Actor', 'someone-else')
      .send({ channel: 'web', content: 'x' });
    expect(sent.status).toBe(400);
    expect(sent.body.errors).toEqual([
      { field: 'header x-actor', reason: 'only a service key may name the person it acts for' },
    ]);
  });

  let made = 0;
  /** `npm run ledger -- keys create`, on the app's files, as an operator would. */
  async function keyFromCli(role = 'admin'): Promise<{ key: string }> {
    const lines: string[] = [];
    const code = await runLedgerCommand(
      ['keys', 'create', `cli-${role}-${++made}`, role],
      { DATA_DIR: app.dataDir, LEDGER_API_KEYS: '' },
      (line) => lines.push(line),
    );
    expect(code).toBe(0);
    const key = /^key \(shown this once\): (flk_\S+)$/.exec(lines[1] ?? '')?.[1];
    expect(key).toBeDefined();
    return { key: key as string };
  }
});
