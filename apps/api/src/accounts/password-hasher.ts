import { Inject, Injectable } from '@nestjs/common';
import { normalizePassword, PASSWORD_MAX_BYTES, utf8ByteLength } from '@dpec/password-policy';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, AppConfig } from '../config/app-config';

/** bcrypt hashing with the configured cost; passwords are NFC-normalised first. */
@Injectable()
export class PasswordHasher {
  /** Hash compared when there is no account, so that unknown addresses cost as much as known ones. */
  private readonly dummyHash: string;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.dummyHash = bcrypt.hashSync('dummy password never used', config.bcryptCost);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(normalizePassword(password), this.config.bcryptCost);
  }

  /**
   * Compares a password with a hash, or with a dummy hash when `hash` is null, and
   * returns false for a password over 72 bytes, which bcrypt would truncate.
   */
  async verify(password: string, hash: string | null): Promise<boolean> {
    const normalized = normalizePassword(password);
    const matches = await bcrypt.compare(normalized, hash ?? this.dummyHash);

    return matches && hash !== null && utf8ByteLength(normalized) <= PASSWORD_MAX_BYTES;
  }
}
