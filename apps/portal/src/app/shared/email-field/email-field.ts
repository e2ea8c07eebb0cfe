import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FormControl, ReactiveFormsModule } from '@angular/forms';

/** DSFR text input for an e-mail address, with its French error messages. */
@Component({
  selector: 'dpec-email-field',
  imports: [ReactiveFormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './email-field.html',
})
export class EmailField {
  readonly control = input.required<FormControl<string>>();
  readonly inputId = input.required<string>();
  /** True once the user has tried to submit the form; errors stay hidden before that. */
  readonly showErrors = input(false);

  protected errorId(): string {
    return `${this.inputId()}-error`;
  }

  protected errorMessage(): string | null {
    const control = this.control();
    if (!this.showErrors() || control.valid) {
      return null;
    }

    if (control.hasError('required')) {
      return 'Saisissez votre adresse mail.';
    }

    return 'Saisissez une adresse mail valide, au format nom@domaine.fr.';
  }
}
