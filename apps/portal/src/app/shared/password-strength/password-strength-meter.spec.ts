import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { queryElement, textOf } from '../../../testing/dom';
import { estimateStrength } from './password-strength';
import { PasswordStrengthLoader } from './password-strength.loader';
import { PasswordStrengthMeter, STRENGTH_ANNOUNCE_DELAY_MS } from './password-strength-meter';

/** A password signal wired to the real estimator and the meter, as the password forms use them. */
@Component({
  imports: [PasswordStrengthMeter],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<dpec-password-strength-meter [strength]="strength()" />`,
})
class MeterHost {
  readonly password = signal('');
  readonly userInputs = signal<readonly string[]>(['zephyrin.quillardet@example.fr', 'Zéphyrin', 'Quillardet']);
  readonly strength = estimateStrength(this.password, this.userInputs);
}

function wait(milliseconds: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}

describe('PasswordStrengthMeter', () => {
  let fixture: ComponentFixture<MeterHost>;
  let load: jest.SpyInstance;

  /** Sets the password and waits until the estimate, which may need the module, is on screen. */
  async function typePassword(password: string): Promise<void> {
    fixture.componentInstance.password.set(password);
    await fixture.whenStable();
    await load.mock.results.at(-1)?.value;
    await fixture.whenStable();
  }

  beforeEach(async () => {
    load = jest.spyOn(TestBed.inject(PasswordStrengthLoader), 'load');
    fixture = TestBed.createComponent(MeterHost);
    await fixture.whenStable();
  });

  it('loads nothing before the first input', () => {
    expect(load).not.toHaveBeenCalled();
    expect(fixture.nativeElement.querySelector('.dpec-strength')).toBeNull();
    expect(textOf(fixture, '[aria-live="polite"]')).toBe('');
  });

  it('loads the estimator once', async () => {
    await typePassword('Lanterne');
    await typePassword('Lanterne-Bleue7');

    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['azerty', 'Très faible'],
    ['Lanterne-Bleue7', 'Très fort'],
  ])('labels "%s" as %s', async (password, label) => {
    await typePassword(password);

    expect(textOf(fixture, '.dpec-strength__text')).toBe(`Robustesse du mot de passe : ${label}`);
  });

  it('fills one segment per score step', async () => {
    await typePassword('Lanterne-Bleue7');

    expect(queryElement(fixture, '.dpec-strength').dataset['score']).toBe('4');
    expect(fixture.nativeElement.querySelectorAll('.dpec-strength__segment--strong')).toHaveLength(5);

    await typePassword('azerty');
    expect(fixture.nativeElement.querySelectorAll('.dpec-strength__segment--weak')).toHaveLength(1);
    expect(fixture.nativeElement.querySelectorAll('.dpec-strength__segment--strong')).toHaveLength(0);
  });

  it('weakens passwords built on the account names', async () => {
    await typePassword('Quillardet1987');
    const withNames = queryElement(fixture, '.dpec-strength').dataset['score'];

    fixture.componentInstance.userInputs.set([]);
    await fixture.whenStable();
    const withoutNames = queryElement(fixture, '.dpec-strength').dataset['score'];

    expect(withNames).toBe('1');
    expect(withoutNames).toBe('4');
  });

  it('hides the meter for an empty password', async () => {
    await typePassword('Lanterne-Bleue7');
    await typePassword('');

    expect(fixture.nativeElement.querySelector('.dpec-strength')).toBeNull();
  });

  it('hides the visible text from screen readers', async () => {
    await typePassword('Lanterne-Bleue7');

    expect(queryElement(fixture, '.dpec-strength').getAttribute('aria-hidden')).toBe('true');
  });

  it('announces only after typing pauses', async () => {
    await typePassword('azerty');
    await typePassword('Lanterne-Bleue7');
    expect(textOf(fixture, '[aria-live="polite"]')).toBe('');

    await wait(STRENGTH_ANNOUNCE_DELAY_MS + 100);
    await fixture.whenStable();

    expect(textOf(fixture, '[aria-live="polite"]')).toBe('Robustesse du mot de passe : Très fort');
  });
});

describe('PasswordStrengthLoader', () => {
  it('shares one loaded estimator', async () => {
    const loader = TestBed.inject(PasswordStrengthLoader);
    const first = await loader.load();
    const second = await loader.load();

    expect(second).toBe(first);
    expect(first.estimate('Lanterne-Bleue7', []).score).toBe(4);
    expect(first.guessableRuleLabel).toBe('pas un mot de passe trop facile à deviner');
  });
});
