import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { TestApp } from './support/test-app';

/** A stand-in OpenID Connect issuer on a local port: its discovery document and its signing keys. */
class Issuer {
  private server?: Server;
  url = '';
  jwks: { keys: JWK[] } = { keys: [] };

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const body =
        request.url === '/.well-known/openid-configuration'
          ? { issuer: this.url, jwks_uri: `${this.url}/jwks` }
          : request.url === '/jwks'
            ? this.jwks
            : undefined;
      response
        .writeHead(body ? 200 : 404, { 'content-type': 'application/json' })
        .end(JSON.stringify(body ?? {}));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    this.server?.closeAllConnections();
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

describe('bearer tokens from an OpenID Connect issuer', () => {
  const issuer = new Issuer();
  let app: TestApp;
  let sign: (
    claims: Record<string, unknown>,
    options?: { audience?: string; expiresIn?: string },
  ) => Promise<string>;
  let foreign: typeof sign;

  beforeAll(async () => {
    await issuer.start();
    const own = await generateKeyPair('RS256');
    const other = await generateKeyPair('RS256');
    issuer.jwks = { keys: [{ ...(await exportJWK(own.publicKey)), kid: 'k1', alg: 'RS256' }] };
    const signer =
      (key: Parameters<SignJWT['sign']>[0], kid: string): typeof sign =>
      (claims, options = {}) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'RS256', kid })
          .setIssuer(issuer.url)
          .setAudience(options.audience ?? 'feedback-ledger')
          .setIssuedAt()
          .setExpirationTime(options.expiresIn ?? '5m')
          .sign(key);
    sign = signer(own.privateKey, 'k1');
    foreign = signer(other.privateKey, 'k1');
    app = await TestApp.start(undefined, {
      LEDGER_OIDC_ISSUER: issuer.url,
      LEDGER_OIDC_AUDIENCE: 'feedback-ledger',
      LEDGER_OIDC_ROLES_CLAIM: 'ledger_roles',
    });
  });
  afterAll(async () => {
    await app.stop();
    await issuer.close();
  });

  it('lets a token act with the roles of its claim, under its user name', async () => {
    const agent = await sign({ sub: 'u-17', preferred_username: 'agent.zhao', ledger_roles: ['agent'] });
    const sent = await app.http(agent).post('/feedback').send({ channel: 'web', content: '页面打不开' });
    expect(sent.status).toBe(201);
    const [received] = await app.store.readStream(`feedback-${sent.body.id}`);
    expect(received.metadata.actor).toBe('agent.zhao');

    const analyst = await sign({ sub: 'u-18', ledger_roles: 'analyst viewer' });
    expect((await app.http(analyst).get('/kpis/overview?from=2023-10-01&to=2023-10-31')).status).toBe(200);
    const refused = await app.http(analyst).post('/feedback').send({ channel: 'web', content: 'x' });
    expect(refused.status).toBe(403);
  });

  it('refuses a token of another audience, expired, signed by another key, or without a role', async () => {
    const before = (await app.allEvents()).length;
    const tokens = [
      await sign({ sub: 'u-1', ledger_roles: ['agent'] }, { audience: 'someone-else' }),
      await sign({ sub: 'u-1', ledger_roles: ['agent'] }, { expiresIn: '-1m' }),
      await foreign({ sub: 'u-1', ledger_roles: ['agent'] }),
      await sign({ sub: 'u-1', ledger_roles: ['janitor'] }),
    ];
    for (const token of tokens) {
      const res = await app.http(token).post('/feedback').send({ channel: 'web', content: 'x' });
      expect(res.status).toBe(401);
    }
    expect((await app.allEvents()).length).toBe(before);
  });

  it('still takes API keys beside tokens', async () => {
    expect((await app.http().get('/taxonomy')).status).toBe(200);
  });
});
