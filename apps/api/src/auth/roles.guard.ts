import { CanActivate, ExecutionContext, HttpStatus, Injectable, SetMetadata } from '@nestjs/common';
import { ErrorCode, Role } from '@dpec/contracts';
import { Reflector } from '@nestjs/core';
import { ApiException } from '../common/api-exception';
import { Messages } from '../common/messages';
import type { AuthenticatedRequest } from './authenticated-request';

const ROLES_KEY = 'dpec:roles';

/** Lets through accounts holding at least one of `roles`; goes after SessionAuthGuard. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const required = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]) ?? [];
    const { account } = context.switchToHttp().getRequest<AuthenticatedRequest>();

    if (required.length === 0 || !required.some((role) => account.roles.includes(role))) {
      // No role listed is a programming error; failing closed keeps the route private.
      throw new ApiException(HttpStatus.FORBIDDEN, { code: ErrorCode.Forbidden, message: Messages.forbidden });
    }
    return true;
  }
}
