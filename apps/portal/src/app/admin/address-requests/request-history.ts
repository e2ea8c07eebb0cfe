import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { AddressRequestEvent } from '@dpec/contracts';

import { formatDateTime } from '../../core/date-format';
import { fullName } from '../admin-labels';
import { eventTitle } from './request-labels';

/** One event as the history list shows it. */
interface HistoryItem {
  id: number;
  title: string;
  createdAt: string;
  createdText: string;
  actor: string | null;
  body: string | null;
  internal: boolean;
}

/** "Historique" of a request, oldest first; internal comments carry a visible "Interne" badge. */
@Component({
  selector: 'dpec-request-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="request-history-title">
      <h2 id="request-history-title">Historique</h2>
      <ol class="dpec-history">
        @for (item of items(); track item.id) {
          <li class="dpec-history__item" [class.dpec-history__item--internal]="item.internal" [attr.data-event]="item.id">
            <p class="fr-mb-1v">
              <strong>{{ item.title }}</strong>
              @if (item.internal) {
                <span class="fr-badge fr-badge--sm fr-badge--purple-glycine fr-ml-1w">Interne<span class="fr-sr-only"> : jamais montré au demandeur</span></span>
              }
            </p>
            <p class="fr-text--sm fr-mb-1v">
              <time [attr.datetime]="item.createdAt">{{ item.createdText }}</time>
              @if (item.actor) {
                <span>, par {{ item.actor }}</span>
              }
            </p>
            @if (item.body) {
              <p class="dpec-preformatted fr-mb-0">{{ item.body }}</p>
            }
          </li>
        }
      </ol>
    </section>
  `,
})
export class RequestHistory {
  readonly events = input.required<readonly AddressRequestEvent[]>();

  protected readonly items = computed<HistoryItem[]>(() =>
    this.events().map((event) => ({
      id: event.id,
      title: eventTitle(event),
      createdAt: event.createdAt,
      createdText: formatDateTime(event.createdAt),
      // "Prise en charge par …" already names the agent.
      actor: event.actor && event.kind !== 'assigned' ? fullName(event.actor) : null,
      body: event.body,
      internal: event.internal,
    })),
  );
}
