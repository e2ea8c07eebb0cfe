import { AbstractControl } from '@angular/forms';

/** A form control and the id of the element that receives focus when it is invalid. */
export type FocusableField = readonly [control: AbstractControl, elementId: string];

/** Moves focus to the first invalid field, in the order given, and returns whether one was found. */
export function focusFirstInvalidField(host: HTMLElement, fields: readonly FocusableField[]): boolean {
  const firstInvalid = fields.find(([control]) => control.invalid);
  if (!firstInvalid) {
    return false;
  }

  const element = host.querySelector<HTMLElement>(`#${firstInvalid[1]}`);
  element?.focus();
  return true;
}
