import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import {
  API_KEYS_STREAM,
  asApiKeyEvent,
  decideCreateApiKey,
  decideRevokeApiKey,
  evolveApiKeys,
  isApiKeyRefusal,
  NO_API_KEYS,
  type ApiKey,
  type ApiKeyEvent,
  type ApiKeyRefusal,
  type ApiKeysState,
  type Role,
} from '@ledger/domain';
import { CLOCK, type Clock } from '@ledger/feedback';
import {
  EVENT_STORE,
  NO_REVISION,
  StreamFold,
  WrongExpectedRevisionError,
  type EventStore,
  type RecordedEvent,
} from '@ledger/event-store';
import { ACCESS_OPTIONS, type AccessModuleOptions } from './access-options';
import { ApiKeyRefusedError } from './api-key-errors';
import { configuredKeyName, generateApiKey, hashApiKey } from './api-key-secret';
import type { Principal } from './principal';

/** How stale another process's key changes may be here: a revocation elsewhere counts within this. */
const REFRESH_MS = 1_000;
const MAX_ATTEMPTS = 5;

const evolve = (state: ApiKeysState, event: RecordedEvent): ApiKeysState => {
  const known = asApiKeyEvent(event);
  return known ? evolveApiKeys(state, known) : state;
};

export interface IssuedApiKey {
  readonly key: string;
  readonly apiKey: ApiKey;
}

/**
 * The keys that open the api: those configured in `LEDGER_API_KEYS`, and the managed ones, whose
 * creation and revocation are events of one stream. Only hashes are kept, in memory and in the log.
 */
@Injectable()
export class ApiKeys {
  private readonly configured: ReadonlyMap<string, Principal>;
  private readonly fold: StreamFold<ApiKeysState>;
  private byHash = new Map<string, ApiKey>();
  private foldedRevision = NO_REVISION;
  private refreshedAt = 0;
  private refreshing?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ACCESS_OPTIONS) options: AccessModuleOptions,
  ) {
    this.configured = new Map(
      options.apiKeys.map(({ key, roles }) => {
        const keyHash = hashApiKey(key);
        return [keyHash, { name: configuredKeyName(keyHash), roles }];
      }),
    );
    this.fold = new StreamFold(store, API_KEYS_STREAM, NO_API_KEYS, evolve);
  }

  get anyConfigured(): boolean {
    return this.configured.size > 0;
  }

  /**
   * The principal a bearer key belongs to, or undefined. An unknown key makes the managed keys be
   * read again (once at a time), so a key created in another process works at once.
   */
  async authenticate(key: string): Promise<Principal | undefined> {
    const keyHash = hashApiKey(key);
    const configured = this.configured.get(keyHash);
    if (configured) return configured;
    const stale = Date.now() - this.refreshedAt > REFRESH_MS;
    if (stale || !this.byHash.has(keyHash)) await this.refresh();
    const managed = this.byHash.get(keyHash);
    if (!managed || managed.revoked) return undefined;
    return { name: managed.name, roles: managed.roles, keyId: managed.keyId };
  }

  async list(): Promise<ApiKey[]> {
    return [...(await this.fold.read()).state.keys.values()];
  }

  /** Issues a key; the key itself is in the answer only, its hash in the log. */
  async create(name: string, roles: readonly Role[], by: string): Promise<IssuedApiKey> {
    const key = generateApiKey();
    const keyId = randomUUID();
    await this.decideAndAppend((state) =>
      decideCreateApiKey(state, { keyId, name, roles, keyHash: hashApiKey(key), by, at: this.now() }),
    );
    return { key, apiKey: (await this.fold.read()).state.keys.get(keyId) as ApiKey };
  }

  async revoke(keyId: string, reason: string, by: string): Promise<ApiKey> {
    await this.decideAndAppend((state) => decideRevokeApiKey(state, { keyId, reason, by, at: this.now() }));
    await this.refresh();
    return (await this.fold.read()).state.keys.get(keyId) as ApiKey;
  }

  /** Whether any key could open the api; the first start issues an admin key when none could. */
  async anyKey(): Promise<boolean> {
    return this.anyConfigured || (await this.fold.read()).state.keys.size > 0;
  }

  private async decideAndAppend(decide: (state: ApiKeysState) => ApiKeyEvent | ApiKeyRefusal): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const { state, revision } = await this.fold.read();
      const outcome = decide(state);
      if (isApiKeyRefusal(outcome)) throw new ApiKeyRefusedError(outcome);
      try {
        await this.store.appendToStream(
          API_KEYS_STREAM,
          [
            {
              id: randomUUID(),
              type: outcome.type,
              data: { ...outcome.data },
              metadata: { actor: outcome.data.by },
            },
          ],
          revision === NO_REVISION ? 'no_stream' : revision,
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private refresh(): Promise<void> {
    this.refreshing ??= this.fold
      .read()
      .then(({ state, revision }) => {
        if (revision !== this.foldedRevision) {
          this.byHash = new Map([...state.keys.values()].map((key) => [key.keyHash, key]));
          this.foldedRevision = revision;
        }
        this.refreshedAt = Date.now();
      })
      .finally(() => {
        this.refreshing = undefined;
      });
    return this.refreshing;
  }

  private now(): string {
    return this.clock.now().toISOString();
  }
}
