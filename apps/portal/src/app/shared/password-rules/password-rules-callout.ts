import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { debounceTime, distinctUntilChanged } from 'rxjs';

import { RuleStatus, describeProgress } from './password-rules';

/** Delay after the last change before the rule summary is announced, in milliseconds. */
const ANNOUNCE_DELAY_MS = 1000;

/**
 * DSFR "INFORMATION" callout listing the password rules, each ticked when met, with a polite
 * summary for screen readers. A password field points at it with `aria-describedby` through
 * the ids `<idPrefix>-rules-intro` and `<idPrefix>-rules-list`.
 */
@Component({
  selector: 'dpec-password-rules-callout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './password-rules-callout.html',
})
export class PasswordRulesCallout {
  /** Status of every rule, of which only the listed ones are shown. */
  readonly statuses = input.required<readonly RuleStatus[]>();
  readonly idPrefix = input.required<string>();
  /** Level of the "INFORMATION" heading, one below the heading of the section that contains the form. */
  readonly headingLevel = input<2 | 3>(2);
  /** False while the password is empty, so that nothing is announced before the user types. */
  readonly announce = input(true);
  /** Labels of broken rules outside the shared policy, such as the guessable-password estimate, for the summary. */
  readonly otherUnmetRuleLabels = input<readonly string[]>([]);

  protected readonly listedStatuses = computed(() => this.statuses().filter((status) => status.rule.listed));

  /** Announced once changes pause, so that screen readers are not interrupted on every key. */
  protected readonly progressAnnouncement = toSignal(
    toObservable(
      computed(() => (this.announce() ? describeProgress(this.statuses(), this.otherUnmetRuleLabels()) : '')),
    ).pipe(
      debounceTime(ANNOUNCE_DELAY_MS),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
}
