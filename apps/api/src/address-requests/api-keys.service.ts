import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { ApiKeyView, CreatedApiKey, ErrorCode } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import type { Account } from '../accounts/account.entity';
import { AuditService } from '../admin/audit.service';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { randomToken, sha256Hex } from '../common/crypto';
import { inTransaction } from '../database/transaction';
import { ApiKey } from './api-key.entity';

/** Every key starts with this, so that a leaked one is recognisable in logs and scanners. */
const KEY_PREFIX = 'dpec_';
const PREFIX_SHOWN = 12;

function toView(key: ApiKey): ApiKeyView {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt.toISOString(),
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}

/** Keys of the Portail Intervenants: created and revoked by gestionnaires, stored as SHA-256. */
@Injectable()
export class ApiKeysService {
  private readonly logger = new Logger(ApiKeysService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ApiKeyView[]> {
    const keys = await this.dataSource.getRepository(ApiKey).find({ order: { createdAt: 'DESC', id: 'DESC' } });
    return keys.map(toView);
  }

  /** Creates a key and returns it whole, this once. */
  async create(actor: Account, name: string): Promise<CreatedApiKey> {
    const key = `${KEY_PREFIX}${randomToken(32)}`;
    const created = await inTransaction(this.dataSource, async (manager) => {
      const row = manager.create(ApiKey, { name, prefix: key.slice(0, PREFIX_SHOWN), keyHash: sha256Hex(key), createdBy: actor.id, createdAt: this.clock.now(), lastUsedAt: null, revokedAt: null });
      const saved = await manager.save(ApiKey, row);
      await this.audit.record(manager, [{ actorId: actor.id, accountId: null, action: 'api_key_created', after: { id: saved.id, name, prefix: saved.prefix } }]);
      return saved;
    });
    this.logger.log(`gestionnaire ${actor.id} created API key ${created.id}`);
    return { ...toView(created), key };
  }

  async revoke(actor: Account, id: number): Promise<ApiKeyView> {
    const revoked = await inTransaction(this.dataSource, async (manager) => {
      const key = await manager.findOneBy(ApiKey, { id });
      if (key === null) {
        throw new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: "Cette clé d’API n’existe pas." });
      }
      if (key.revokedAt === null) {
        key.revokedAt = this.clock.now();
        await manager.save(ApiKey, key);
        await this.audit.record(manager, [{ actorId: actor.id, accountId: null, action: 'api_key_revoked', after: { id: key.id, name: key.name, prefix: key.prefix } }]);
      }
      return key;
    });
    this.logger.log(`gestionnaire ${actor.id} revoked API key ${id}`);
    return toView(revoked);
  }

  /** Returns the live key matching a presented value, and records its use; null otherwise. */
  async authenticate(presented: string): Promise<ApiKey | null> {
    if (!presented.startsWith(KEY_PREFIX) || presented.length > 100) {
      return null;
    }
    const key = await this.dataSource.getRepository(ApiKey).findOneBy({ keyHash: sha256Hex(presented), revokedAt: IsNull() });
    if (key !== null) {
      await this.dataSource.getRepository(ApiKey).update({ id: key.id }, { lastUsedAt: this.clock.now() });
    }
    return key;
  }
}
