import { Controller, Get, HttpCode, HttpStatus, Inject, Logger, Post, Req, Res, UseGuards } from '@nestjs/common';
import type { AccountView, LoginResponse } from '@dpec/contracts';
import { ApiBadRequestResponse, ApiBody, ApiCookieAuth, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { Account } from '../accounts/account.entity';
import { toAccountView } from '../accounts/account.view';
import { clientInfo } from '../common/client-info';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { SecurityEventsService } from '../security-events/security-events.service';
import type { AuthenticatedRequest } from './authenticated-request';
import { LocalAuthGuard } from './local-auth.guard';
import { LoginDto } from './login.dto';
import { SessionAuthGuard } from './session-auth.guard';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name);

  constructor(
    private readonly sessions: SessionsService,
    private readonly events: SecurityEventsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(HttpStatus.OK)
  @UseGuards(LocalAuthGuard)
  @ApiBody({ type: LoginDto })
  @ApiOkResponse({ description: 'Logged in: `{ account }` and a new session cookie.' })
  @ApiBadRequestResponse({ description: 'Invalid body, or wrong, expired or used captcha.' })
  @ApiUnauthorizedResponse({ description: 'One generic message for any wrong address or password.' })
  async login(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<LoginResponse> {
    const account = request.user as Account;

    // A fresh session id at every login; the one the browser came with is ended.
    const previous = readSessionCookie(request, this.config);
    if (previous !== undefined) {
      await this.sessions.close(previous);
    }
    const session = await this.sessions.open(account.id, request.headers['user-agent']);
    setSessionCookie(response, this.config, session.token, session.expiresAt);

    this.logger.log(`account ${account.id} logged in`);
    return { account: toAccountView(account) };
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Session ended (also when there was none).' })
  async logout(@Req() request: Request, @Res({ passthrough: true }) response: Response): Promise<void> {
    const token = readSessionCookie(request, this.config);
    const accountId = token === undefined ? null : await this.sessions.close(token);
    if (accountId !== null) {
      await this.events.record({ type: 'session_ended', detail: 'logout', accountId, client: clientInfo(request) });
    }
    clearSessionCookie(response, this.config);
  }

  @Get('me')
  @UseGuards(SessionAuthGuard)
  @ApiCookieAuth()
  @ApiOkResponse({ description: 'The logged-in account.' })
  @ApiUnauthorizedResponse({ description: 'No live session.' })
  me(@Req() request: AuthenticatedRequest): AccountView {
    return toAccountView(request.account);
  }
}
