import type { Browser, BrowserContext, Page } from '@playwright/test';
import { AppServer, BROWSER_CAPTCHA_CODE } from './app-server';
import { expect, expectAccessible, saveScreenshot, test, typeCaptcha } from './fixtures';

const EMAIL = 'noemie.garnier@example.fr';
const FIRST_PASSWORD = 'Lanterne-Bleue7';
const NEW_PASSWORD = 'Horizon-Perle58';

test.describe.configure({ mode: 'serial' });

async function logIn(page: Page, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse mail').fill(EMAIL);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/mon-compte$/);
}

/** Opens a browser context with its own cookies, so that a login there opens a second session. */
async function openSecondContext(browser: Browser, server: AppServer): Promise<BrowserContext> {
  return browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
}

test.describe('account page', () => {
  test.beforeAll(({ server }) => {
    server.createAccount(EMAIL, 'Noémie', 'Garnier', 'intervenant');
  });

  test('1. reset link sets the first password', async ({ page, server }) => {
    await page.goto('/mot-de-passe-oublie');
    await page.getByLabel('Adresse mail').fill(EMAIL);
    await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Si un compte actif correspond à cette adresse' })).toBeVisible();

    const mail = await server.smtp.waitForMessageTo(EMAIL, 1, 20_000);
    const link = new RegExp(`${server.baseUrl}/security/reset-password/\\d+/[A-Za-z0-9_-]{40}`).exec(mail.text ?? '');
    expect(link).not.toBeNull();
    await page.goto(link?.[0] ?? '');

    const field = page.getByLabel('Nouveau mot de passe', { exact: true });
    await field.fill('Soleil-2024!');
    await expect(page.getByText('Le mot de passe ne respecte pas cette règle : pas un mot de passe courant')).toBeVisible();
    await expect(field).toHaveAttribute('aria-invalid', 'true');

    await field.fill(FIRST_PASSWORD);
    await expect(page.locator('.dpec-strength__text')).toHaveText('Robustesse du mot de passe : Très fort');
    await expect(page.locator('[data-met="true"]')).toHaveCount(5);
    await expectAccessible(page, 'reset-password with strength');
    await saveScreenshot(page, 'account-1-reinitialisation-robustesse');

    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await expect(page.getByText('Votre mot de passe a été enregistré.')).toBeVisible();
  });

  test('2. two sessions, then the other one closed', async ({ browser, page, server }) => {
    const otherContext = await openSecondContext(browser, server);
    const otherPage = await otherContext.newPage();
    await logIn(otherPage, FIRST_PASSWORD);
    await logIn(page, FIRST_PASSWORD);

    await expect(page.getByRole('heading', { level: 2, name: 'Sessions ouvertes' })).toBeVisible();
    const rows = page.locator('tbody tr');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText('Cette session');
    await expect(rows.first()).toContainText(/\d{1,2}(er)? \p{L}+ \d{4} à \d{1,2}\s+h\s+\d{2}/u);
    await expect(page.getByRole('button', { name: /^Fermer la session .*\(cette session\)$/ })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Fermer toutes les autres sessions' })).toBeVisible();
    await expectAccessible(page, 'mon-compte with two sessions');
    await saveScreenshot(page, 'account-2-deux-sessions');

    await rows.nth(1).getByRole('button', { name: /^Fermer la session/ }).click();
    await expect(page.getByText('La session a été fermée.')).toBeVisible();
    await expect(rows).toHaveCount(1);
    await expect(page.getByRole('heading', { level: 2, name: 'Sessions ouvertes' })).toBeFocused();
    await expect(page.getByRole('button', { name: 'Fermer toutes les autres sessions' })).toHaveCount(0);
    await expectAccessible(page, 'mon-compte after closing a session');
    await saveScreenshot(page, 'account-2-session-fermee');

    // The closed session's page still shows its own row, and its next API call finds the session gone.
    await otherPage.getByRole('button', { name: /^Fermer la session .*\(cette session\)$/ }).click();
    await expect(otherPage).toHaveURL(/\/connexion\?returnUrl=%2Fmon-compte$/);
    await expect(otherPage.getByText('Votre session a pris fin. Reconnectez-vous pour continuer.')).toBeVisible();
    await expectAccessible(otherPage, 'connexion after the session ended');
    await saveScreenshot(otherPage, 'account-2-session-terminee');
    await otherContext.close();
  });

  test('3. password change with errors, then success', async ({ page, server }) => {
    await logIn(page, FIRST_PASSWORD);
    await expect(page.getByRole('heading', { level: 2, name: 'Changer de mot de passe' })).toBeVisible();
    const current = page.getByLabel('Mot de passe actuel', { exact: true });
    const newPassword = page.getByLabel('Nouveau mot de passe', { exact: true });
    const confirmation = page.getByLabel('Confirmation du mot de passe', { exact: true });

    await newPassword.fill('Garnier-Horizon58');
    await expect(page.getByText('Le mot de passe ne respecte pas cette règle : ni votre nom, ni votre prénom, ni votre adresse mail.')).toBeVisible();
    await expect(newPassword).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'mon-compte with a personal information error');
    await saveScreenshot(page, 'account-3-regle-informations-personnelles');

    await current.fill('Lanterne-Bleue8');
    await newPassword.fill(NEW_PASSWORD);
    await expect(page.locator('.dpec-strength__text')).toHaveText('Robustesse du mot de passe : Très fort');
    await confirmation.fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(page.getByRole('alert')).toContainText('Le mot de passe actuel est incorrect.');
    await expect(current).toBeFocused();
    await expect(current).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'mon-compte with a wrong current password');
    await saveScreenshot(page, 'account-3-mot-de-passe-actuel-incorrect');

    const mailsBefore = server.smtp.messagesTo(EMAIL).length;
    await current.fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect(
      page.getByText('Votre mot de passe a été modifié. Vos autres sessions ont été fermées. Un message de confirmation vous a été envoyé.'),
    ).toBeVisible();
    await expect(current).toHaveValue('');
    await expect(newPassword).toHaveValue('');
    await expect(confirmation).toHaveValue('');
    await expectAccessible(page, 'mon-compte after a password change');
    await saveScreenshot(page, 'account-3-mot-de-passe-modifie');

    const mail = await server.smtp.waitForMessageTo(EMAIL, mailsBefore + 1, 20_000);
    expect(mail.subject?.toLowerCase()).toContain('mot de passe');

    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();
    await logIn(page, NEW_PASSWORD);
  });
});
