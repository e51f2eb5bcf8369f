import type { ApiKeyEvent } from './api-key-events';
import { evolveApiKeys, NO_API_KEYS } from './api-keys-state';
import { decideCreateApiKey, decideRevokeApiKey } from './decide-api-key';

const given = (...events: ApiKeyEvent[]) => events.reduce(evolveApiKeys, NO_API_KEYS);
const at = '2024-09-02T01:00:00.000Z';
const created = (keyId: string, name: string): ApiKeyEvent => ({
  type: 'ApiKeyCreated',
  data: { keyId, name, roles: ['agent'], keyHash: `hash-${keyId}`, by: 'admin', createdAt: at },
});
const create = {
  keyId: 'k2',
  name: 'call-centre',
  roles: ['service', 'service'] as const,
  keyHash: 'h',
  by: 'admin',
  at,
};

describe('decideCreateApiKey', () => {
  it('issues a key with its roles, once each, recording only the hash', () => {
    expect(decideCreateApiKey(given(), create)).toEqual({
      type: 'ApiKeyCreated',
      data: {
        keyId: 'k2',
        name: 'call-centre',
        roles: ['service'],
        keyHash: 'h',
        by: 'admin',
        createdAt: at,
      },
    });
  });

  it('refuses a name a live key has, and takes it again once that key is revoked', () => {
    const taken = given(created('k1', 'call-centre'));
    expect(decideCreateApiKey(taken, create)).toMatchObject({ rule: 'ApiKeyNameTaken', kind: 'conflict' });
    const revoked = evolveApiKeys(taken, {
      type: 'ApiKeyRevoked',
      data: { keyId: 'k1', reason: 'leaked', by: 'admin', revokedAt: at },
    });
    expect(decideCreateApiKey(revoked, create)).toMatchObject({ type: 'ApiKeyCreated' });
  });

  it('refuses a key without a role', () => {
    expect(decideCreateApiKey(given(), { ...create, roles: [] })).toMatchObject({ rule: 'ApiKeyNeedsRole' });
  });
});

describe('decideRevokeApiKey', () => {
  const revoke = { keyId: 'k1', reason: 'leaked', by: 'admin', at };

  it('revokes a live key with who, why and when', () => {
    expect(decideRevokeApiKey(given(created('k1', 'x')), revoke)).toEqual({
      type: 'ApiKeyRevoked',
      data: { keyId: 'k1', reason: 'leaked', by: 'admin', revokedAt: at },
    });
  });

  it('refuses an unknown key and a key revoked already', () => {
    expect(decideRevokeApiKey(given(), revoke)).toMatchObject({ rule: 'ApiKeyNotFound', kind: 'not_found' });
    const revoked = given(created('k1', 'x'), { type: 'ApiKeyRevoked', data: { ...revoke, revokedAt: at } });
    expect(decideRevokeApiKey(revoked, revoke)).toMatchObject({
      rule: 'ApiKeyAlreadyRevoked',
      kind: 'conflict',
    });
  });
});
