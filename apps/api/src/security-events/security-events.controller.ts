import { Controller, Get, HttpStatus, Query, UseGuards } from '@nestjs/common';
import { ErrorCode, SecurityEventView } from '@dpec/contracts';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiQuery, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AccountsService } from '../accounts/accounts.service';
import { Roles, RolesGuard } from '../auth/roles.guard';
import { SessionAuthGuard } from '../auth/session-auth.guard';
import { ApiException } from '../common/api-exception';
import { SecurityEventsService } from './security-events.service';

const DEFAULT_LIMIT = 50;
const MAX_LIMIT = 1000;

/** Security log of one account, for gestionnaires. */
@ApiTags('admin')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@ApiForbiddenResponse({ description: 'The account is not a gestionnaire.' })
// Behind a session and a role: the per-client limit is for anonymous routes, and
// would trip a busy console or many agents behind one address.
@SkipThrottle()
@Controller('admin/security-events')
@UseGuards(SessionAuthGuard, RolesGuard)
@Roles('gestionnaire')
export class SecurityEventsController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly events: SecurityEventsService,
  ) {}

  @Get()
  @ApiQuery({ name: 'email', required: true, description: 'Address of the account' })
  @ApiQuery({ name: 'limit', required: false, description: `Number of events, newest first (1 to ${MAX_LIMIT}, default ${DEFAULT_LIMIT})` })
  @ApiOkResponse({ description: 'The newest events of the account.' })
  async list(@Query('email') email: unknown, @Query('limit') rawLimit: unknown): Promise<SecurityEventView[]> {
    const limit = rawLimit === undefined ? DEFAULT_LIMIT : Number(rawLimit);
    if (typeof email !== 'string' || email.trim() === '' || email.length > 254) {
      throw new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message: "Indiquez l’adresse mail du compte (paramètre email)." });
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
      throw new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message: `Le paramètre limit doit être un nombre entier de 1 à ${MAX_LIMIT}.` });
    }

    const account = await this.accounts.findByEmail(email);
    if (account === null) {
      throw new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: 'Aucun compte ne correspond à cette adresse mail.' });
    }
    return this.events.listForAccount(account.id, limit);
  }
}
