import { CanActivate, ExecutionContext, HttpStatus, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import type { Request } from 'express';
import { ApiException } from '../common/api-exception';
import type { ApiKey } from './api-key.entity';
import { ApiKeysService } from './api-keys.service';

export interface ApiKeyRequest extends Request {
  apiKey: ApiKey;
}

/** Lets through server-to-server calls bearing a live key: `Authorization: Bearer <key>`. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(private readonly keys: ApiKeysService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const header = request.headers.authorization;
    const presented = typeof header === 'string' && header.startsWith('Bearer ') ? header.slice('Bearer '.length).trim() : '';

    const key = presented === '' ? null : await this.keys.authenticate(presented);
    if (key === null) {
      this.logger.warn(`intake call rejected: ${presented === '' ? 'no key' : 'unknown or revoked key'}`);
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: ErrorCode.NotAuthenticated,
        message: "Clé d’API absente, inconnue ou révoquée. Envoyez-la dans l’en-tête Authorization: Bearer <clé>.",
      });
    }
    (request as ApiKeyRequest).apiKey = key;
    return true;
  }
}
