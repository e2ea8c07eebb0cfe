import type { AddressRequestEvent, AddressRequestSummary } from '@dpec/contracts';
import type { Account } from '../accounts/account.entity';
import type { AddressRequestEventEntity } from './address-request-event.entity';
import type { AddressRequest } from './address-request.entity';

type People = Map<number, Account>;

function person(people: People, id: number | null): { id: number; firstName: string; lastName: string } | null {
  const account = id === null ? undefined : people.get(id);
  return account === undefined ? null : { id: account.id, firstName: account.firstName, lastName: account.lastName };
}

function describeSource(source: string, keyNames: Map<number, string>): string {
  const keyId = source.startsWith('api-key:') ? Number(source.slice('api-key:'.length)) : undefined;
  return keyId === undefined ? 'portal' : (keyNames.get(keyId) ?? source);
}

export function toSummary(request: AddressRequest, people: People, keyNames: Map<number, string>): AddressRequestSummary {
  return {
    id: request.id,
    reference: request.reference ?? '',
    status: request.status,
    firstName: request.firstName,
    lastName: request.lastName,
    contactEmail: request.contactEmail,
    source: describeSource(request.source, keyNames),
    awaitingAccountCreation: request.awaitingAccountCreation,
    assignee: person(people, request.assigneeId),
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}

export function toEventView(event: AddressRequestEventEntity, people: People): AddressRequestEvent {
  return {
    id: event.id,
    kind: event.kind,
    actor: person(people, event.actorId),
    body: event.body,
    internal: event.internal,
    createdAt: event.createdAt.toISOString(),
  };
}
