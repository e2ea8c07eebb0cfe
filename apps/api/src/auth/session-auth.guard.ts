import { CanActivate, ExecutionContext, HttpStatus, Inject, Injectable } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import type { Request } from 'express';
import { AccountsService } from '../accounts/accounts.service';
import { ApiException } from '../common/api-exception';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import type { AuthenticatedRequest } from './authenticated-request';
import { readSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

/** Lets a request through only with a live session of an active account. */
@Injectable()
export class SessionAuthGuard implements CanActivate {
  constructor(
    private readonly sessions: SessionsService,
    private readonly accounts: AccountsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    const token = readSessionCookie(request, this.config);

    const session = token === undefined ? null : await this.sessions.resume(token);
    const account = session === null ? null : await this.accounts.findById(session.accountId);
    if (session === null || account === null || account.disabledAt !== null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, { code: ErrorCode.NotAuthenticated, message: Messages.notAuthenticated });
    }

    const authenticated = request as AuthenticatedRequest;
    authenticated.account = account;
    authenticated.session = session;
    return true;
  }
}
