import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import type { PasswordStrength } from '@dpec/password-strength';
import { debounceTime, distinctUntilChanged } from 'rxjs';

/** Delay after the last change before the strength is announced, in milliseconds. */
export const STRENGTH_ANNOUNCE_DELAY_MS = 1000;

/** Scores 0 to 4 fill one to five segments of the bar. */
const SEGMENTS = [0, 1, 2, 3, 4] as const;

/**
 * Strength indication under a new password field, with a bar and the text "Robustesse du mot de
 * passe : Moyen". It only informs, because the rules and the API decide whether a password is
 * accepted. The visible text is hidden from assistive technologies, which read the same words
 * from a polite live region updated once typing pauses.
 */
@Component({
  selector: 'dpec-password-strength-meter',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-strength-meter.html',
})
export class PasswordStrengthMeter {
  /** Estimate to show, or null while the password is empty or the estimator is loading. */
  readonly strength = input.required<PasswordStrength | null>();

  protected readonly segments = SEGMENTS;

  protected readonly text = computed(() => {
    const strength = this.strength();
    return strength === null ? '' : `Robustesse du mot de passe : ${strength.label}`;
  });

  protected readonly level = computed(() => {
    const score = this.strength()?.score ?? 0;
    if (score <= 1) {
      return 'weak';
    }
    return score === 2 ? 'medium' : 'strong';
  });

  protected readonly announcement = toSignal(
    toObservable(this.text).pipe(debounceTime(STRENGTH_ANNOUNCE_DELAY_MS), distinctUntilChanged()),
    { initialValue: '' },
  );
}
