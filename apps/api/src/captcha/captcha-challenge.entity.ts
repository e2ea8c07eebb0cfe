import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('captcha_challenges')
export class CaptchaChallenge {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id!: string;

  /** HMAC of the id and the upper-case code, never the code itself. */
  @Column({ name: 'code_hash', type: 'varchar', length: 64 })
  codeHash!: string;

  @Column({ name: 'expires_at', type: 'datetime' })
  expiresAt!: Date;
}
