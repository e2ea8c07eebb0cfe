import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, LessThan, Not, Repository } from 'typeorm';
import { Clock } from '../common/clock';
import { hmacHex, randomToken } from '../common/crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Session } from './session.entity';

export interface OpenedSession {
  /** Cookie value; only its HMAC is stored. */
  token: string;
  expiresAt: Date;
}

/** Activity is written at most this often, so that each request does not write. */
const ACTIVITY_WRITE_INTERVAL_MS = 60_000;

/**
 * Server-side sessions in the database, keyed by the HMAC of a random cookie
 * value. A session ends SESSION_TTL_SECONDS after login, or SESSION_IDLE_SECONDS
 * after its last request, whichever comes first.
 */
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
      publicId: randomUUID(),
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
    if (session === null) {
      return null;
    }

    const now = this.clock.now().getTime();
    const idleSince = session.lastSeenAt.getTime() + this.config.sessionIdleSeconds * 1000;
    if (session.expiresAt.getTime() <= now || idleSince <= now) {
      await this.sessions.delete({ idHash: session.idHash });
      return null;
    }

    if (now - session.lastSeenAt.getTime() >= ACTIVITY_WRITE_INTERVAL_MS) {
      session.lastSeenAt = new Date(now);
      await this.sessions.update({ idHash: session.idHash }, { lastSeenAt: session.lastSeenAt });
    }
    return session;
  }

  /** Ends the session of a cookie value; returns its account id, or null if there was none. */
  async close(token: string): Promise<number | null> {
    const idHash = this.hash(token);
    const session = await this.sessions.findOneBy({ idHash });
    const result = await this.sessions.delete({ idHash });
    return session !== null && result.affected === 1 ? session.accountId : null;
  }

  /** Lists the account's live sessions, most recently active first. */
  async listForAccount(accountId: number): Promise<Session[]> {
    const now = this.clock.now().getTime();
    const sessions = await this.sessions.find({ where: { accountId }, order: { lastSeenAt: 'DESC' } });
    return sessions.filter((session) => session.expiresAt.getTime() > now && session.lastSeenAt.getTime() + this.config.sessionIdleSeconds * 1000 > now);
  }

  /** Ends one session of the account by its public id; false when it has none by that id. */
  async closeByPublicId(accountId: number, publicId: string): Promise<boolean> {
    const result = await this.sessions.delete({ accountId, publicId });
    return result.affected === 1;
  }

  /** Ends every session of the account except `keepIdHash`, in the caller's transaction when given. */
  async closeOthers(accountId: number, keepIdHash: string, manager?: EntityManager): Promise<number> {
    const repository = manager?.getRepository(Session) ?? this.sessions;
    const result = await repository.delete({ accountId, idHash: Not(keepIdHash) });
    return result.affected ?? 0;
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
