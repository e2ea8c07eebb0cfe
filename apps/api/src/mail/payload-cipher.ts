import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

const VERSION = 'v1';

/**
 * Encrypts outbox payloads with AES-256-GCM under a key derived from SESSION_SECRET,
 * so that a reset link waiting in the outbox is not readable from the database.
 */
export class PayloadCipher {
  private readonly key: Buffer;

  constructor(secret: string) {
    this.key = Buffer.from(hkdfSync('sha256', secret, 'dpecotheque', 'outbox-payload', 32));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const encrypted = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const tag = cipher.getAuthTag();

    return [VERSION, iv.toString('base64url'), tag.toString('base64url'), encrypted.toString('base64url')].join('.');
  }

  /** Throws if the payload was written under another secret or altered. */
  decrypt(payload: string): string {
    const [version, iv, tag, encrypted] = payload.split('.');
    if (version !== VERSION || iv === undefined || tag === undefined || encrypted === undefined) {
      throw new Error('Outbox payload has an unknown format.');
    }

    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString('utf8');
  }
}
