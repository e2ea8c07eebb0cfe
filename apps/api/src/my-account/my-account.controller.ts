import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Req, UseGuards } from '@nestjs/common';
import { ErrorCode, SessionView } from '@dpec/contracts';
import { ApiBadRequestResponse, ApiCookieAuth, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { SessionAuthGuard } from '../auth/session-auth.guard';
import { SessionsService } from '../auth/sessions.service';
import { ApiException } from '../common/api-exception';
import { clientInfo } from '../common/client-info';
import { SecurityEventsService } from '../security-events/security-events.service';
import { describeBrowser } from './browser-label';
import { ChangePasswordDto } from './change-password.dto';
import { PasswordChangeService } from './password-change.service';

const SESSION_NOT_FOUND = 'Cette session est introuvable : elle est peut-être déjà fermée.';

/** The logged-in account's own sessions and password. */
@ApiTags('account')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@Controller('account')
@UseGuards(SessionAuthGuard)
export class MyAccountController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly passwordChange: PasswordChangeService,
    private readonly events: SecurityEventsService,
  ) {}

  @Get('sessions')
  @ApiOkResponse({ description: 'Open sessions of the account, most recently active first.' })
  async listSessions(@Req() request: AuthenticatedRequest): Promise<SessionView[]> {
    const sessions = await this.sessions.listForAccount(request.account.id);
    return sessions.map((session) => ({
      id: session.publicId,
      browser: describeBrowser(session.userAgent),
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      current: session.idHash === request.session.idHash,
    }));
  }

  @Delete('sessions/:id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Session ended; ending the current one logs out.' })
  @ApiNotFoundResponse({ description: 'The account has no session with this id.' })
  async endSession(
    @Req() request: AuthenticatedRequest,
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: SESSION_NOT_FOUND }) }))
    id: string,
  ): Promise<void> {
    if (!(await this.sessions.closeByPublicId(request.account.id, id))) {
      throw new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: SESSION_NOT_FOUND });
    }
    await this.events.record({ type: 'session_ended', detail: 'by_owner', accountId: request.account.id, client: clientInfo(request) });
  }

  @Delete('sessions')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Every session but the current one ended.' })
  async endOtherSessions(@Req() request: AuthenticatedRequest): Promise<void> {
    const ended = await this.sessions.closeOthers(request.account.id, request.session.idHash);
    if (ended > 0) {
      await this.events.record({ type: 'session_ended', detail: 'others_by_owner', accountId: request.account.id, client: clientInfo(request) });
    }
  }

  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password changed; other sessions ended; the owner is notified by e-mail.' })
  @ApiBadRequestResponse({ description: 'Wrong current password, policy not met (`unmetRules`) or confirmation differs.' })
  async changePassword(@Req() request: AuthenticatedRequest, @Body() body: ChangePasswordDto): Promise<void> {
    await this.passwordChange.change(request.account, request.session, body, clientInfo(request));
  }
}
