import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

/**
 * DSFR text input or textarea with its label, hint and error messages. The parent decides which
 * messages to show, so that client checks and the API's `fields` share one place under the field.
 */
@Component({
  selector: 'dpec-text-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let messages = errors();
    <div class="fr-input-group" [class.fr-input-group--error]="messages.length > 0">
      <label class="fr-label" [for]="inputId()">
        {{ label() }}
        @if (hint(); as hintText) {
          <span class="fr-hint-text">{{ hintText }}</span>
        }
      </label>
      @if (type() === 'textarea') {
        <textarea
          class="fr-input"
          [class.fr-input--error]="messages.length > 0"
          [rows]="rows()"
          [id]="inputId()"
          [formControl]="control()"
          [attr.required]="required() ? '' : null"
          [attr.aria-invalid]="messages.length > 0 ? 'true' : null"
          [attr.aria-describedby]="messages.length > 0 ? errorId() : null"
        ></textarea>
      } @else {
        <input
          class="fr-input"
          [class.fr-input--error]="messages.length > 0"
          [type]="type()"
          [attr.autocomplete]="autocomplete()"
          [attr.autocapitalize]="type() === 'email' ? 'off' : null"
          [attr.spellcheck]="type() === 'email' ? 'false' : null"
          [attr.required]="required() ? '' : null"
          [id]="inputId()"
          [formControl]="control()"
          [attr.aria-invalid]="messages.length > 0 ? 'true' : null"
          [attr.aria-describedby]="messages.length > 0 ? errorId() : null"
        />
      }
      <div class="fr-messages-group" aria-live="polite">
        @if (messages.length > 0) {
          <p class="fr-error-text" [id]="errorId()">{{ messages.join(' ') }}</p>
        }
      </div>
    </div>
  `,
})
export class TextField {
  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  readonly type = input<'text' | 'email' | 'textarea'>('text');
  /** Value of the `autocomplete` attribute, such as "family-name" or "email". */
  readonly autocomplete = input<string | null>(null);
  readonly required = input(false);
  readonly rows = input(5);
  /** French messages to show under the field; an empty list shows none. */
  readonly errors = input<readonly string[]>([]);

  protected errorId(): string {
    return `${this.inputId()}-error`;
  }
}
