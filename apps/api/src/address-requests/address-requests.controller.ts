import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, UseGuards } from '@nestjs/common';
import type { AddressRequestReceipt, RequesterReplyPrompt } from '@dpec/contracts';
import { ApiBearerAuth, ApiCreatedResponse, ApiGoneResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { CaptchaService } from '../captcha/captcha.service';
import { AddressRequestFormDto, AddressRequestIntakeDto, RequesterReplyDto } from './address-request.dto';
import { AddressRequestsService } from './address-requests.service';
import { ApiKeyGuard, ApiKeyRequest } from './api-key.guard';

function parseId(raw: string): number {
  return /^[1-9][0-9]{0,9}$/.test(raw) ? Number(raw) : -1;
}

/** The public form, and the requester's answers to the support's questions. */
@ApiTags('address-requests')
@Controller('address-requests')
export class AddressRequestsController {
  constructor(
    private readonly requests: AddressRequestsService,
    private readonly captcha: CaptchaService,
  ) {}

  @Post()
  @ApiCreatedResponse({ description: 'The reference of the request; the same response whatever matched.' })
  @ApiTooManyRequestsResponse({ description: 'Too many requests from this client or for this contact address.' })
  async submit(@Body() body: AddressRequestFormDto): Promise<AddressRequestReceipt> {
    await this.captcha.verifyOnce(body.captchaId, body.captchaCode);
    const { captchaId: _captchaId, captchaCode: _captchaCode, ...intake } = body;
    return this.requests.submit(intake, 'portal');
  }

  @Get('replies/:id/:token')
  @ApiOkResponse({ description: 'The question the support asked, while the link is valid.' })
  @ApiGoneResponse({ description: 'Expired, used or unknown link.' })
  replyPrompt(@Param('id') id: string, @Param('token') token: string): Promise<RequesterReplyPrompt> {
    return this.requests.replyPrompt(parseId(id), token);
  }

  @Post('replies/:id/:token')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Reply stored; the request is back in the queue.' })
  @ApiGoneResponse({ description: 'Expired, used or unknown link.' })
  reply(@Param('id') id: string, @Param('token') token: string, @Body() body: RequesterReplyDto): Promise<void> {
    return this.requests.reply(parseId(id), token, body.message);
  }
}

/** Server-to-server intake for the Portail Intervenants; authenticated by an API key, not a session. */
@ApiTags('address-requests')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'Missing, unknown or revoked key.' })
@Controller('intake/address-requests')
// One Portail Intervenants server files for many people from one address; its key
// authenticates it, and the per-contact-address limit still applies.
@SkipThrottle()
@UseGuards(ApiKeyGuard)
export class AddressRequestIntakeController {
  constructor(private readonly requests: AddressRequestsService) {}

  @Post()
  @ApiCreatedResponse({ description: 'The reference of the request, which lands in the support queue.' })
  submit(@Req() request: ApiKeyRequest, @Body() body: AddressRequestIntakeDto): Promise<AddressRequestReceipt> {
    return this.requests.submit(body, `api-key:${request.apiKey.id}`);
  }
}
