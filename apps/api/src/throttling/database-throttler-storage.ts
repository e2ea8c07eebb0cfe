import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, LessThan } from 'typeorm';
import { isUniqueViolation } from '../accounts/accounts.service';
import { Clock } from '../common/clock';
import { ThrottleCounter } from './throttle-counter.entity';

const CLEANUP_INTERVAL_MS = 10 * 60_000;

/**
 * Rate-limit counters in the database, so that every API instance behind a load
 * balancer counts the same requests. Each key has a fixed window of `ttl`; past
 * `limit` hits it is blocked for `blockDuration`. Hits are counted by atomic
 * UPDATE or INSERT statements, so concurrent requests do not overwrite each other's count.
 */
@Injectable()
export class DatabaseThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseThrottlerStorage.name);
  private readonly cleanupTimer: NodeJS.Timeout;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.cleanupTimer = setInterval(() => void this.cleanUp(), CLEANUP_INTERVAL_MS);
    this.cleanupTimer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.cleanupTimer);
  }

  async increment(key: string, ttl: number, limit: number, blockDuration: number): Promise<ThrottlerStorageRecord> {
    const now = this.clock.now();
    await this.countHit(key, ttl, now);

    const counter = await this.dataSource.getRepository(ThrottleCounter).findOneByOrFail({ key });
    let blockedUntil = counter.blockedUntil;
    if (counter.hits > limit && (blockedUntil === null || blockedUntil.getTime() <= now.getTime())) {
      blockedUntil = new Date(now.getTime() + blockDuration);
      await this.dataSource.getRepository(ThrottleCounter).update({ key }, { blockedUntil });
    }

    const isBlocked = blockedUntil !== null && blockedUntil.getTime() > now.getTime();
    return {
      totalHits: counter.hits,
      timeToExpire: Math.max(0, Math.ceil((counter.windowEndsAt.getTime() - now.getTime()) / 1000)),
      isBlocked,
      timeToBlockExpire: isBlocked && blockedUntil !== null ? Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000) : 0,
    };
  }

  /** Adds one hit to the live window, or starts a new window; retries once if another request created it first. */
  private async countHit(key: string, ttl: number, now: Date): Promise<void> {
    const repository = this.dataSource.getRepository(ThrottleCounter);
    const windowEndsAt = new Date(now.getTime() + ttl);

    for (let attempt = 0; attempt < 3; attempt++) {
      const counted = await repository
        .createQueryBuilder()
        .update(ThrottleCounter)
        .set({ hits: () => 'hits + 1' })
        .where('counter_key = :key', { key })
        .andWhere('window_ends_at > :now', { now })
        .execute();
      if (counted.affected === 1) {
        return;
      }

      // The window is over (or never started): a request still blocked keeps its block.
      const restarted = await repository
        .createQueryBuilder()
        .update(ThrottleCounter)
        .set({ hits: 1, windowEndsAt })
        .where('counter_key = :key', { key })
        .andWhere('window_ends_at <= :now', { now })
        .andWhere(new Brackets((block) => block.where('blocked_until IS NULL').orWhere('blocked_until <= :now', { now })))
        .execute();
      if (restarted.affected === 1) {
        return;
      }

      const existing = await repository.findOneBy({ key });
      if (existing !== null) {
        // Blocked past its window: count the hit without opening a new window.
        if (existing.blockedUntil !== null && existing.blockedUntil.getTime() > now.getTime()) {
          await repository.createQueryBuilder().update(ThrottleCounter).set({ hits: () => 'hits + 1' }).where('counter_key = :key', { key }).execute();
          return;
        }
        continue;
      }

      try {
        await repository.insert({ key, hits: 1, windowEndsAt, blockedUntil: null });
        return;
      } catch (error) {
        if (!isUniqueViolation(error)) {
          throw error;
        }
      }
    }
    throw new Error(`Internal error: could not count a hit for throttle key ${key.slice(0, 8)}… after 3 attempts.`);
  }

  private async cleanUp(): Promise<void> {
    try {
      const now = this.clock.now();
      await this.dataSource
        .getRepository(ThrottleCounter)
        .createQueryBuilder()
        .delete()
        .where({ windowEndsAt: LessThan(now) })
        .andWhere(new Brackets((block) => block.where('blocked_until IS NULL').orWhere('blocked_until < :now', { now })))
        .execute();
    } catch (error) {
      this.logger.error('throttle counter clean-up failed; it runs again in 10 minutes', error instanceof Error ? error.stack : String(error));
    }
  }
}
