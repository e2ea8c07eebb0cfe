import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThan, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { hmacHex, randomToken } from '../common/crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Session } from './session.entity';

export interface OpenedSession {
  /** Cookie value; only its HMAC is stored. */
  token: string;
  expiresAt: Date;
}

/** Server-side sessions in the database, keyed by the HMAC of a random cookie value. */
@Injectable()
export class SessionsService {
  constructor(
    @InjectRepository(Session) private readonly sessions: Repository<Session>,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async open(accountId: number, userAgent: string | undefined): Promise<OpenedSession> {
    const now = this.clock.now();
    await this.sessions.delete({ expiresAt: LessThan(now) });

    const token = randomToken(32);
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlSeconds * 1000);
    await this.sessions.insert({
      idHash: this.hash(token),
      accountId,
      userAgent: userAgent?.slice(0, 255) ?? null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
    });

    return { token, expiresAt };
  }

  /** Returns the live session for a cookie value, or null, and records the activity. */
  async resume(token: string): Promise<Session | null> {
    if (token.length === 0 || token.length > 100) {
      return null;
    }

    const session = await this.sessions.findOneBy({ idHash: this.hash(token) });
    const now = this.clock.now();
    if (session === null || session.expiresAt.getTime() <= now.getTime()) {
      return null;
    }

    await this.sessions.update({ idHash: session.idHash }, { lastSeenAt: now });
    return session;
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ idHash: this.hash(token) });
  }

  /** Ends every session of an account, inside the caller's transaction. */
  async closeAllForAccount(manager: EntityManager, accountId: number): Promise<number> {
    const result = await manager.delete(Session, { accountId });
    return result.affected ?? 0;
  }

  private hash(token: string): string {
    return hmacHex(this.config.sessionSecret, `session:${token}`);
  }
}
