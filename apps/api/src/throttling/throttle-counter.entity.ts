import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests of one client on one route in the current window; shared by every API instance. */
@Entity('throttle_counters')
export class ThrottleCounter {
  /** SHA-256 key that @nestjs/throttler derives from the route and the client address. */
  @PrimaryColumn({ name: 'counter_key', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'int' })
  hits!: number;

  @Column({ name: 'window_ends_at', type: 'datetime' })
  windowEndsAt!: Date;

  @Column({ name: 'blocked_until', type: 'datetime', nullable: true })
  blockedUntil!: Date | null;
}
