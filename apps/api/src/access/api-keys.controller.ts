import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiKeys, type Principal } from '@ledger/access';
import type { ApiKey } from '@ledger/domain';
import { ApiKeyIdDto, CreateApiKeyDto, RevokeApiKeyDto } from './api-key.dto';

/** A key as the api shows it: never the key, nor its hash. */
const present = ({ keyHash: _hash, ...shown }: ApiKey) => shown;

interface PrincipalRequest {
  readonly principal?: Principal;
}

/** Managed API keys: issue one (the key is shown in this answer only), list them, revoke one. */
@Controller('admin/keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeys) {}

  @Get()
  async list() {
    return (await this.keys.list()).map(present);
  }

  /** Answers the key once; store it now, it cannot be shown again. */
  @Post()
  async create(@Body() body: CreateApiKeyDto, @Req() request: PrincipalRequest) {
    const { key, apiKey } = await this.keys.create(
      body.name,
      body.roles,
      request.principal?.name ?? 'unknown',
    );
    return { key, ...present(apiKey) };
  }

  @Post(':keyId/revoke')
  @HttpCode(200)
  async revoke(
    @Param() { keyId }: ApiKeyIdDto,
    @Body() body: RevokeApiKeyDto,
    @Req() request: PrincipalRequest,
  ) {
    return present(await this.keys.revoke(keyId, body.reason, request.principal?.name ?? 'unknown'));
  }
}
