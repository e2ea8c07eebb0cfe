import { Controller, HttpCode, HttpStatus, Post } from '@nestjs/common';
import type { CaptchaChallenge } from '@dpec/contracts';
import { ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CaptchaService } from './captcha.service';

@ApiTags('captcha')
@Controller('captcha')
export class CaptchaController {
  constructor(private readonly captcha: CaptchaService) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiCreatedResponse({ description: 'A new 4-character challenge: `{ id, image, expiresAt }`, image as a PNG data URL.' })
  create(): Promise<CaptchaChallenge> {
    return this.captcha.create();
  }
}
