import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { DisplayedError } from '../../core/api-error';

/**
 * DSFR error alert for a failed API call; screen readers announce it through role="alert".
 * With tabindex="-1", the page can move focus to it so that keyboard users land on the message.
 */
@Component({
  selector: 'dpec-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-4w" role="alert" tabindex="-1" [attr.id]="alertId()">
      <p>{{ error().message }}</p>
      @if (error().details.length > 0) {
        <ul>
          @for (detail of error().details; track $index) {
            <li>{{ detail }}</li>
          }
        </ul>
      }
    </div>
  `,
})
export class ErrorAlert {
  readonly error = input.required<DisplayedError>();
  /** Id of the alert element, for the page that moves focus to it. */
  readonly alertId = input<string | null>(null);
}
