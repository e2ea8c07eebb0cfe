import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import { AddressRequestReceipt, ErrorCode, RequesterReplyPrompt } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, MoreThanOrEqual } from 'typeorm';
import { foldForSearch } from '../accounts/search-text';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { digestsEqual, sha256Hex } from '../common/crypto';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { inTransaction } from '../database/transaction';
import { OutboxService } from '../mail/outbox.service';
import { AddressRequestEventEntity } from './address-request-event.entity';
import { referenceOf, requestMailContext } from './address-request-mails';
import { AddressRequest } from './address-request.entity';
import type { AddressRequestIntakeDto } from './address-request.dto';

const DAY_MS = 24 * 3600 * 1000;

export const RECEIPT_MESSAGE =
  'Votre demande a bien été enregistrée. Un message de confirmation avec sa référence vient d’être envoyé à votre adresse de contact. Le support du SIEC vous répondra à cette adresse.';

function replyLinkInvalid(): ApiException {
  return new ApiException(HttpStatus.GONE, {
    code: ErrorCode.ResetLinkInvalid,
    message: "Ce lien de réponse n’est plus valide : il a expiré ou a déjà servi. Si besoin, faites une nouvelle demande.",
  });
}

/**
 * The requester's side of "adresse introuvable": filing a request (from the
 * portal or the Portail Intervenants) and answering the support's questions.
 * No response here reveals whether any address or name matched an account.
 */
@Injectable()
export class AddressRequestsService {
  private readonly logger = new Logger(AddressRequestsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async submit(input: AddressRequestIntakeDto, source: string): Promise<AddressRequestReceipt> {
    const now = this.clock.now();
    const since = new Date(now.getTime() - DAY_MS);
    const recent = await this.dataSource.getRepository(AddressRequest).countBy({ contactEmail: input.contactEmail, createdAt: MoreThanOrEqual(since) });
    if (recent >= this.config.addressRequestsPerContactPerDay) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, {
        code: ErrorCode.TooManyRequests,
        message: 'Plusieurs demandes ont déjà été envoyées aujourd’hui avec cette adresse de contact. Le support les traitera : inutile d’en envoyer d’autres.',
      });
    }

    const otherEmails = [...new Set(input.otherEmails ?? [])];
    const reference = await inTransaction(this.dataSource, async (manager) => {
      const inserted = await manager.insert(AddressRequest, {
        reference: null,
        status: 'new',
        lastName: input.lastName,
        firstName: input.firstName,
        triedEmail: input.triedEmail,
        contactEmail: input.contactEmail,
        otherEmails: JSON.stringify(otherEmails),
        roleOrExam: input.roleOrExam || null,
        message: input.message || null,
        source,
        assigneeId: null,
        awaitingAccountCreation: false,
        rejectionReason: null,
        replyTokenHash: null,
        replyTokenExpiresAt: null,
        searchText: foldForSearch([input.firstName, input.lastName, input.triedEmail, input.contactEmail, ...otherEmails].join(' ')).slice(0, 500),
        createdAt: now,
        updatedAt: now,
        closedAt: null,
        anonymizedAt: null,
      });
      const id = Number(inserted.identifiers[0]?.id);
      const assigned = referenceOf(id, now);
      await manager.update(AddressRequest, { id }, { reference: assigned });
      await manager.insert(AddressRequestEventEntity, { requestId: id, actorId: null, kind: 'created', body: null, internal: false, createdAt: now });
      await this.outbox.enqueue(manager, 'address-request-received', input.contactEmail, requestMailContext(this.config, assigned));
      return assigned;
    });

    this.outbox.notifyQueued();
    this.logger.log(`address request ${reference} filed from ${source.startsWith('api-key:') ? source : 'the portal'}`);
    return { reference, message: RECEIPT_MESSAGE };
  }

  async replyPrompt(id: number, token: string): Promise<RequesterReplyPrompt> {
    const request = await this.findByReplyToken(id, token);
    const question = await this.dataSource.getRepository(AddressRequestEventEntity).findOne({
      where: { requestId: id, kind: 'information_requested' },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return { reference: request.reference ?? '', question: question?.body ?? '' };
  }

  /** Stores the requester's reply and puts the request back in the queue. The link then stops working. */
  async reply(id: number, token: string, message: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      const request = await this.findByReplyToken(id, token);
      const now = this.clock.now();
      const consumed = await manager.update(
        AddressRequest,
        { id, replyTokenHash: request.replyTokenHash ?? '' },
        { replyTokenHash: null, replyTokenExpiresAt: null, status: request.assigneeId === null ? 'new' : 'in_progress', updatedAt: now },
      );
      if (consumed.affected !== 1) {
        throw replyLinkInvalid();
      }
      await manager.insert(AddressRequestEventEntity, { requestId: id, actorId: null, kind: 'requester_replied', body: message, internal: false, createdAt: now });
    });
    this.logger.log(`address request ${id} received its requester's reply`);
  }

  private async findByReplyToken(id: number, token: string): Promise<AddressRequest> {
    if (!Number.isSafeInteger(id) || id <= 0 || !/^[A-Za-z0-9_-]{40}$/.test(token)) {
      throw replyLinkInvalid();
    }
    const request = await this.dataSource.getRepository(AddressRequest).findOneBy({ id });
    const valid =
      request !== null &&
      request.replyTokenHash !== null &&
      request.replyTokenExpiresAt !== null &&
      request.replyTokenExpiresAt.getTime() > this.clock.now().getTime() &&
      request.status === 'waiting_for_requester' &&
      digestsEqual(request.replyTokenHash, sha256Hex(token));
    if (!valid || request === null) {
      throw replyLinkInvalid();
    }
    return request;
  }
}
