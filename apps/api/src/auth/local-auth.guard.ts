import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import type { Request } from 'express';
import { validateBody } from '../common/validation';
import { LoginDto } from './login.dto';

/**
 * Validates the login body before passport-local reads it, because guards run
 * before pipes: arrays, objects or numbers never reach the strategy.
 */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<Request>();
    request.body = await validateBody(LoginDto, request.body);

    return (await super.canActivate(context)) as boolean;
  }
}
