import { HttpStatus, Injectable } from '@nestjs/common';
import { ErrorCode } from '@dpec/contracts';
import { PassportStrategy } from '@nestjs/passport';
import type { Request } from 'express';
import { Strategy } from 'passport-local';
import { Account } from '../accounts/account.entity';
import { AccountsService } from '../accounts/accounts.service';
import { PasswordHasher } from '../accounts/password-hasher';
import { CaptchaService } from '../captcha/captcha.service';
import { ApiException } from '../common/api-exception';
import { Messages } from '../common/messages';
import type { LoginDto } from './login.dto';

/**
 * E-mail, password and captcha. The captcha is checked first, so a wrong code
 * never tells whether the password was right. Every credential failure gives the
 * same 401, whether the address is unknown, has no password or is disabled.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly captcha: CaptchaService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(request: Request, email: string, password: string): Promise<Account> {
    // LocalAuthGuard has already validated and normalised the body.
    const body = request.body as LoginDto;
    await this.captcha.verifyOnce(body.captchaId, body.captchaCode);

    const account = await this.accounts.findByEmail(email);
    const passwordMatches = await this.hasher.verify(password, account?.passwordHash ?? null);

    if (account === null || !passwordMatches || account.disabledAt !== null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: ErrorCode.InvalidCredentials,
        message: Messages.invalidCredentials,
      });
    }
    return account;
  }
}
