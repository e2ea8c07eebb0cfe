import { Body, Controller, Get, HttpCode, HttpStatus, Inject, Param, Post, Req } from '@nestjs/common';
import type { PasswordResetRequested, ResetLinkStatus } from '@dpec/contracts';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiGoneResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { CaptchaService } from '../captcha/captcha.service';
import { clientInfo } from '../common/client-info';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PasswordResetCompletionDto, PasswordResetRequestDto } from './password-reset.dto';
import { PasswordResetService } from './password-reset.service';

/** Parses the account id of a link without throwing; a bad one makes the link invalid (410). */
function parseAccountId(raw: string): number {
  return /^[1-9][0-9]{0,15}$/.test(raw) ? Number(raw) : -1;
}

@ApiTags('password-reset')
@Controller('password-reset')
export class PasswordResetController {
  constructor(
    private readonly resets: PasswordResetService,
    private readonly captcha: CaptchaService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ description: 'The same response whether or not the address is known.' })
  @ApiBadRequestResponse({ description: 'Invalid body, or wrong, expired or used captcha.' })
  async request(@Body() body: PasswordResetRequestDto, @Req() request: Request): Promise<PasswordResetRequested> {
    await this.captcha.verifyOnce(body.captchaId, body.captchaCode);

    // Pads the response to a fixed minimum so that its duration does not reveal known addresses.
    const started = Date.now();
    await this.resets.request(body.email, clientInfo(request));
    const remaining = this.config.resetRequestMinMs - (Date.now() - started);
    if (remaining > 0) {
      await new Promise((resolve) => setTimeout(resolve, remaining));
    }

    return { message: Messages.resetRequested };
  }

  @Get(':accountId/:token')
  @ApiOkResponse({ description: '`{ expiresAt, account }` while the link is valid. Reading it never consumes it.' })
  @ApiGoneResponse({ description: 'Expired, used, replaced or unknown link.' })
  check(@Param('accountId') accountId: string, @Param('token') token: string): Promise<ResetLinkStatus> {
    return this.resets.check(parseAccountId(accountId), token);
  }

  @Post(':accountId/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Password set; every session of the account is ended.' })
  @ApiBadRequestResponse({ description: 'Password policy not met (`unmetRules`) or confirmation differs.' })
  @ApiGoneResponse({ description: 'Expired, used, replaced or unknown link.' })
  async complete(
    @Param('accountId') accountId: string,
    @Param('token') token: string,
    @Body() body: PasswordResetCompletionDto,
    @Req() request: Request,
  ): Promise<void> {
    await this.resets.complete(parseAccountId(accountId), token, body.password, body.confirmation, clientInfo(request));
  }
}
