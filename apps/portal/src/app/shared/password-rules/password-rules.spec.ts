import { ChangeDetectionStrategy, Component, computed, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PASSWORD_RULES, PasswordContext, PasswordRuleId, utf8ByteLength } from '@dpec/password-policy';

import { textOf } from '../../../testing/dom';
import { MAX_BYTES_HINT, describeProgress, evaluatePassword } from './password-rules';
import { PasswordRulesCallout } from './password-rules-callout';

/** Five listed rules met, but 74 UTF-8 bytes: 'Aa1$' is 4 bytes and each 'é' is 2. */
const OVER_MAX_BYTES = `Aa1$${'é'.repeat(35)}`;
const GUESSABLE_LABEL = 'pas un mot de passe trop facile à deviner';
const ALL_MET = 'Toutes les règles du mot de passe sont respectées.';
const LISTED_MET = 'Les 5 règles du cadre d’information sont respectées.';

function unmetSentence(ruleId: PasswordRuleId): string {
  const rule = PASSWORD_RULES.find((candidate) => candidate.id === ruleId);
  return `Le mot de passe ne respecte pas cette règle : ${rule?.label}.`;
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('describeProgress', () => {
  it('reports every rule met', () => {
    expect(describeProgress(evaluatePassword('Lanterne-Bleue7'))).toBe(ALL_MET);
  });

  it('names the byte limit when exceeded', () => {
    expect(utf8ByteLength(OVER_MAX_BYTES)).toBe(74);

    expect(describeProgress(evaluatePassword(OVER_MAX_BYTES))).toBe(`${LISTED_MET} ${unmetSentence('maxBytes')}`);
  });

  it.each<[string, string, PasswordRuleId, PasswordContext]>([
    ['a control character', 'Lanterne-Bleue7\t', 'noControlCharacter', {}],
    ['a common password', 'Soleil-2024', 'notCommon', {}],
    ['the account name', 'Quillardet-2024', 'noPersonalInformation', { lastName: 'Quillardet' }],
  ])('names the unlisted rule for %s', (_case, password, ruleId, context) => {
    expect(describeProgress(evaluatePassword(password, context))).toBe(`${LISTED_MET} ${unmetSentence(ruleId)}`);
  });

  it('ignores personal information without a context', () => {
    expect(describeProgress(evaluatePassword('Quillardet-2024'))).toBe(ALL_MET);
  });

  it('counts listed rules and names unlisted ones', () => {
    expect(describeProgress(evaluatePassword('lune\t'))).toBe(
      `1 règle respectée sur 5. ${unmetSentence('noControlCharacter')}`,
    );
  });

  it('counts listed rules alone when unlisted ones are met', () => {
    expect(describeProgress(evaluatePassword('lanterne'))).toBe('2 règles respectées sur 5.');
  });

  it('names rules from outside the policy', () => {
    expect(describeProgress(evaluatePassword('Lanterne-Bleue7'), [GUESSABLE_LABEL])).toBe(
      `${LISTED_MET} Le mot de passe ne respecte pas cette règle : ${GUESSABLE_LABEL}.`,
    );
  });
});

describe('MAX_BYTES_HINT', () => {
  it('states the byte limit', () => {
    expect(MAX_BYTES_HINT).toBe('Au plus 72 octets : chaque lettre accentuée en compte 2.');
  });
});

/** The callout fed from a password signal, as the password forms use it. */
@Component({
  imports: [PasswordRulesCallout],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dpec-password-rules-callout
      idPrefix="test"
      [statuses]="statuses()"
      [otherUnmetRuleLabels]="otherUnmetRuleLabels()"
    />
  `,
})
class CalloutHost {
  readonly password = signal('');
  readonly otherUnmetRuleLabels = signal<readonly string[]>([]);
  readonly statuses = computed(() => evaluatePassword(this.password()));
}

describe('PasswordRulesCallout', () => {
  let fixture: ComponentFixture<CalloutHost>;

  /** Sets the password and waits past the announcement delay. */
  async function typeAndPause(password: string, otherUnmetRuleLabels: readonly string[] = []): Promise<void> {
    fixture.componentInstance.password.set(password);
    fixture.componentInstance.otherUnmetRuleLabels.set(otherUnmetRuleLabels);
    await fixture.whenStable();
    await wait(1100);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    fixture = TestBed.createComponent(CalloutHost);
    await fixture.whenStable();
  });

  it('keeps the five listed rules', async () => {
    await typeAndPause(OVER_MAX_BYTES);

    const items = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-rule]'));
    expect(items.map((item) => item.dataset['rule'])).toEqual(['minLength', 'uppercase', 'lowercase', 'digit', 'special']);
    expect(items.every((item) => item.dataset['met'] === 'true')).toBe(true);
    expect(textOf(fixture, '#test-rules-list')).not.toContain('octets');
  });

  it('announces the exceeded byte limit', async () => {
    await typeAndPause(OVER_MAX_BYTES);

    expect(textOf(fixture, '[aria-live="polite"]')).toBe(`${LISTED_MET} ${unmetSentence('maxBytes')}`);
  });

  it('announces a guessable password', async () => {
    await typeAndPause('Lanterne-Bleue7', [GUESSABLE_LABEL]);

    expect(textOf(fixture, '[aria-live="polite"]')).toBe(
      `${LISTED_MET} Le mot de passe ne respecte pas cette règle : ${GUESSABLE_LABEL}.`,
    );
  });
});
