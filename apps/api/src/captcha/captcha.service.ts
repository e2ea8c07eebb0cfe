import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import { CAPTCHA_LENGTH, CaptchaChallenge as CaptchaChallengeView, ErrorCode } from '@dpec/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { digestsEqual, hmacHex } from '../common/crypto';
import { Messages } from '../common/messages';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CaptchaChallenge } from './captcha-challenge.entity';
import { canonicalAnswer, displayForm, generateCaptchaCode } from './captcha-code';
import { renderCaptchaPng } from './captcha-renderer';

/** Image challenges stored server-side as hashes; each one accepts a single guess. */
@Injectable()
export class CaptchaService {
  constructor(
    @InjectRepository(CaptchaChallenge) private readonly challenges: Repository<CaptchaChallenge>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async create(): Promise<CaptchaChallengeView> {
    const now = this.clock.now();
    await this.challenges.delete({ expiresAt: LessThan(now) });

    const id = randomUUID();
    const code = this.config.captchaTestCode ?? generateCaptchaCode(CAPTCHA_LENGTH);
    const expiresAt = new Date(now.getTime() + this.config.captchaTtlSeconds * 1000);
    await this.challenges.insert({ id, codeHash: this.hashCode(id, code), expiresAt });

    const png = renderCaptchaPng(displayForm(code));
    return { id, image: `data:image/png;base64,${png.toString('base64')}`, expiresAt: expiresAt.toISOString() };
  }

  /**
   * Consumes the challenge and throws a 400 unless the typed code matches, case ignored.
   * The challenge is deleted whatever was typed, so each image allows one guess.
   */
  async verifyOnce(id: string, answer: string): Promise<void> {
    const challenge = await this.challenges.findOneBy({ id });
    const deleted = challenge ? await this.challenges.delete({ id }) : undefined;

    // affected === 1 only for the request that deleted it, so two racing requests cannot both pass.
    const consumedHere = deleted?.affected === 1;
    const valid =
      challenge !== null &&
      consumedHere &&
      challenge.expiresAt.getTime() > this.clock.now().getTime() &&
      digestsEqual(challenge.codeHash, this.hashCode(id, canonicalAnswer(answer)));

    if (!valid) {
      throw new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.CaptchaInvalid, message: Messages.captchaInvalid });
    }
  }

  private hashCode(id: string, code: string): string {
    return hmacHex(this.config.sessionSecret, `captcha:${id}:${code.toUpperCase()}`);
  }
}
