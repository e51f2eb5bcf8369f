import { ConfigError } from './config-error';
import { loadOidcConfig } from './oidc-config';

describe('loadOidcConfig', () => {
  it('is off without an issuer and an audience, and reads both with the defaults', () => {
    expect(loadOidcConfig({})).toBeUndefined();
    expect(
      loadOidcConfig({
        LEDGER_OIDC_ISSUER: 'https://id.example.com/realms/ledger',
        LEDGER_OIDC_AUDIENCE: 'ledger',
      }),
    ).toEqual({ issuer: 'https://id.example.com/realms/ledger', audience: 'ledger', rolesClaim: 'roles' });
    expect(
      loadOidcConfig({
        LEDGER_OIDC_ISSUER: 'https://id.example.com',
        LEDGER_OIDC_AUDIENCE: 'ledger',
        LEDGER_OIDC_ROLES_CLAIM: 'groups',
        LEDGER_OIDC_JWKS_URL: 'https://id.example.com/keys',
      }),
    ).toMatchObject({ rolesClaim: 'groups', jwksUrl: 'https://id.example.com/keys' });
  });

  it.each([
    [{ LEDGER_OIDC_ISSUER: 'https://id.example.com' }, /^LEDGER_OIDC_AUDIENCE must/],
    [{ LEDGER_OIDC_AUDIENCE: 'ledger' }, /^LEDGER_OIDC_ISSUER must/],
    [
      { LEDGER_OIDC_ISSUER: 'ftp://id.example.com', LEDGER_OIDC_AUDIENCE: 'ledger' },
      /^LEDGER_OIDC_ISSUER must/,
    ],
    [
      {
        LEDGER_OIDC_ISSUER: 'https://id.example.com',
        LEDGER_OIDC_AUDIENCE: 'l',
        LEDGER_OIDC_JWKS_URL: 'keys',
      },
      /^LEDGER_OIDC_JWKS_URL must/,
    ],
  ])('stops start-up for %j, naming the variable', (env, message) => {
    expect(() => loadOidcConfig(env)).toThrow(ConfigError);
    expect(() => loadOidcConfig(env)).toThrow(message);
  });
});
