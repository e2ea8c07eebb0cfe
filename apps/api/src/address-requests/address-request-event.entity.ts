import type { AddressRequestEventKind } from '@dpec/contracts';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One step of a request's history. */
@Entity('address_request_events')
export class AddressRequestEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'request_id', type: 'int' })
  requestId!: number;

  /** The agent who acted; null for the requester and the system. */
  @Column({ name: 'actor_id', type: 'int', nullable: true })
  actorId!: number | null;

  @Column({ type: 'varchar', length: 32 })
  kind!: AddressRequestEventKind;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  /** Internal comments between agents, never shown to the requester. */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  @Column({ name: 'created_at', type: 'datetime' })
  createdAt!: Date;
}
