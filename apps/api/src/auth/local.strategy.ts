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
import { ClientInfo, clientInfo } from '../common/client-info';
import { SecurityEventsService } from '../security-events/security-events.service';
import { LoginAttemptsService, LoginBlock } from './login-attempts.service';
import { Messages } from '../common/messages';
import type { LoginDto } from './login.dto';

/**
 * E-mail, password and captcha. The captcha is checked first, so a wrong code
 * never reveals whether the password was right. Every credential failure gives the
 * same 401, whether the address is unknown, has no password or is disabled.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly accounts: AccountsService,
    private readonly hasher: PasswordHasher,
    private readonly captcha: CaptchaService,
    private readonly attempts: LoginAttemptsService,
    private readonly events: SecurityEventsService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  async validate(request: Request, email: string, password: string): Promise<Account> {
    // LocalAuthGuard has already validated and normalised the body.
    const body = request.body as LoginDto;
    await this.captcha.verifyOnce(body.captchaId, body.captchaCode);

    const client = clientInfo(request);
    const account = await this.accounts.findByEmail(email);
    const block = account === null ? null : this.attempts.blockOf(account);

    // A blocked account still costs one bcrypt comparison, so timing does not reveal the block.
    const passwordMatches = await this.hasher.verify(password, block === null ? (account?.passwordHash ?? null) : null);

    if (account === null || block !== null || !passwordMatches || account.disabledAt !== null) {
      await this.recordFailure(account, email, block, client);
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: ErrorCode.InvalidCredentials,
        message: Messages.invalidCredentials,
      });
    }

    await this.attempts.registerSuccess(account.id);
    await this.events.record({ type: 'login_succeeded', accountId: account.id, client });
    return account;
  }

  private async recordFailure(account: Account | null, email: string, block: LoginBlock | null, client: ClientInfo): Promise<void> {
    if (account === null) {
      await this.events.record({ type: 'login_failed', detail: 'unknown_address', email, client });
      return;
    }

    let detail: string = 'wrong_password';
    if (block !== null) {
      detail = block;
    } else if (account.disabledAt !== null) {
      detail = 'disabled';
    } else if (account.passwordHash === null) {
      detail = 'no_password';
    }
    await this.events.record({ type: 'login_failed', detail, accountId: account.id, email, client });
    // Attempts rejected unchecked during a lock or delay do not count: they tested nothing.
    if (block === null && account.disabledAt === null) {
      await this.attempts.registerFailure(account, client);
    }
  }
}
