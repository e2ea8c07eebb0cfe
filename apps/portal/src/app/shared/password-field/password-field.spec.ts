import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormControl } from '@angular/forms';

import { queryElement } from '../../../testing/dom';
import { PasswordField } from './password-field';

describe('PasswordField', () => {
  let fixture: ComponentFixture<PasswordField>;

  beforeEach(async () => {
    fixture = TestBed.createComponent(PasswordField);
    fixture.componentRef.setInput('control', new FormControl('', { nonNullable: true }));
    fixture.componentRef.setInput('inputId', 'pwd');
    fixture.componentRef.setInput('label', 'Mot de passe');
    fixture.componentRef.setInput('autocomplete', 'current-password');
    await fixture.whenStable();
  });

  it('Afficher toggles the input type', async () => {
    const input = queryElement<HTMLInputElement>(fixture, '#pwd');
    const toggle = queryElement<HTMLInputElement>(fixture, '#pwd-show');
    expect(input.type).toBe('password');

    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('text');

    toggle.click();
    await fixture.whenStable();
    expect(input.type).toBe('password');
  });

  it('labels the input and the toggle', () => {
    expect(queryElement(fixture, 'label[for="pwd"]').textContent?.trim()).toBe('Mot de passe');
    expect(queryElement(fixture, 'label[for="pwd-show"]').textContent?.trim()).toBe('Afficher');
    expect(queryElement(fixture, '#pwd-show').getAttribute('aria-label')).toBe('Afficher le mot de passe');
    expect(queryElement(fixture, '#pwd').getAttribute('autocomplete')).toBe('current-password');
  });

  it('shows no hint by default', () => {
    expect((fixture.nativeElement as HTMLElement).querySelector('#pwd-hint')).toBeNull();
    expect(queryElement(fixture, '#pwd').getAttribute('aria-describedby')).toBeNull();
  });

  it('links the hint to the input', async () => {
    fixture.componentRef.setInput('describedBy', 'rules');
    fixture.componentRef.setInput('hint', 'Au plus 72 octets.');
    fixture.componentRef.setInput('errorMessages', ['Saisissez un mot de passe.']);
    await fixture.whenStable();

    expect(queryElement(fixture, '#pwd-hint').textContent?.trim()).toBe('Au plus 72 octets.');
    expect(queryElement(fixture, '#pwd').getAttribute('aria-describedby')).toBe('rules pwd-hint pwd-error-0');
  });
});
