import type { Request } from 'express';
import type { Account } from '../accounts/account.entity';
import type { Session } from './session.entity';

export interface AuthenticatedRequest extends Request {
  account: Account;
  session: Session;
}
