import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

/**
 * DSFR password input with its "Afficher" checkbox. The toggle is done here rather than by
 * the DSFR script, which the portal does not load, so that Angular alone owns the input's type.
 */
@Component({
  selector: 'dpec-password-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-field.html',
})
export class PasswordField {
  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  readonly label = input.required<string>();
  readonly autocomplete = input.required<'current-password' | 'new-password'>();
  /** Accessible name of the "Afficher" checkbox, which must differ between two fields of a page. */
  readonly toggleLabel = input('Afficher le mot de passe');
  /** Ids of elements outside the field that describe it, such as a list of rules. */
  readonly describedBy = input<string | null>(null);
  /** French help text shown under the input at all times, such as a size limit. */
  readonly hint = input<string | null>(null);
  /** French messages to show under the field; the parent decides when they apply. */
  readonly errorMessages = input<readonly string[]>([]);

  protected readonly visible = signal(false);

  protected readonly hasErrors = computed(() => this.errorMessages().length > 0);

  protected readonly ariaDescribedBy = computed(() => {
    const errorIds = this.errorMessages().map((_, index) => this.errorId(index));
    const hintId = this.hint() ? this.hintId() : null;
    const ids = [this.describedBy(), hintId, ...errorIds].filter((id): id is string => !!id);
    return ids.length > 0 ? ids.join(' ') : null;
  });

  protected hintId(): string {
    return `${this.inputId()}-hint`;
  }

  protected errorId(index: number): string {
    return `${this.inputId()}-error-${index}`;
  }

  protected toggleVisibility(checked: boolean): void {
    this.visible.set(checked);
  }
}
