import { AddressRequestEventEntity } from '../address-requests/address-request-event.entity';
import { AddressRequest } from '../address-requests/address-request.entity';
import { ApiKey } from '../address-requests/api-key.entity';
import { Account } from '../accounts/account.entity';
import { AuditEntry } from '../admin/audit-entry.entity';
import { Session } from '../auth/session.entity';
import { CaptchaChallenge } from '../captcha/captcha-challenge.entity';
import { OutboxMessage } from '../mail/outbox-message.entity';
import { ResetToken } from '../password-reset/reset-token.entity';
import { SecurityEvent } from '../security-events/security-event.entity';
import { ThrottleCounter } from '../throttling/throttle-counter.entity';

// Listed explicitly because the API is bundled by webpack, where globs find nothing.
export const ENTITIES = [Account, CaptchaChallenge, Session, ResetToken, OutboxMessage, SecurityEvent, AuditEntry, AddressRequest, AddressRequestEventEntity, ApiKey, ThrottleCounter];
