import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { DisplayedError } from '../../core/api-error';

/** DSFR error alert for a failed API call; screen readers announce it through role="alert". */
@Component({
  selector: 'dpec-error-alert',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-4w" role="alert">
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
}
