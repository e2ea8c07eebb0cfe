import type { Page } from '@playwright/test';
import { BROWSER_CAPTCHA_CODE } from './app-server';
import { expect, expectAccessible, saveScreenshot, test, typeCaptcha } from './fixtures';

const EMAIL = 'sacha.leroy@example.fr';
const PASSWORD = 'Lanterne-Bleue7';

test.describe.configure({ mode: 'serial' });

async function captchaImageSource(page: Page): Promise<string> {
  const image = page.getByRole('img', { name: 'Code de sécurité à recopier' });
  await expect(image).toBeVisible();
  return (await image.getAttribute('src')) ?? '';
}

async function fillLogin(page: Page, email: string, password: string, code: string): Promise<void> {
  await page.getByLabel('Adresse mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await typeCaptcha(page, code);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

test.describe('anonymous journey', () => {
  let resetLink = '';

  test.beforeAll(({ server }) => {
    server.createAccount(EMAIL, 'Sacha', 'Leroy', 'intervenant');
  });

  test('1. login page with a wrong code and wrong credentials', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/connexion$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText('République');
    await expect(page.getByRole('banner')).toContainText('DPECothèque');
    const footer = page.getByRole('contentinfo');
    for (const link of ['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles', 'Gestion des cookies']) {
      await expect(footer.getByRole('link', { name: link })).toBeVisible();
    }
    await expectAccessible(page, 'connexion');
    await saveScreenshot(page, '1-connexion');

    const firstImage = await captchaImageSource(page);
    await page.getByRole('button', { name: 'Générer un nouveau code à 4 caractères' }).click();
    await expect.poll(() => captchaImageSource(page)).not.toBe(firstImage);

    const beforeWrongCode = await captchaImageSource(page);
    await fillLogin(page, EMAIL, PASSWORD, 'ZZZZ');
    await expect(page.getByRole('alert')).toContainText('Le code de sécurité saisi est incorrect');
    await expect.poll(() => captchaImageSource(page)).not.toBe(beforeWrongCode);

    await fillLogin(page, EMAIL, PASSWORD, BROWSER_CAPTCHA_CODE);
    await expect(page.getByRole('alert')).toContainText('Adresse mail ou mot de passe incorrect.');
    await expect(page).toHaveURL(/\/connexion$/);
    await expectAccessible(page, 'connexion with an error');
    await saveScreenshot(page, '1-connexion-erreur');
  });

  test('2. reset request shows the same confirmation', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Première connexion ou mot de passe oublié ?' }).click();
    await expect(page).toHaveURL(/\/mot-de-passe-oublie$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Demande de réinitialisation de mot de passe' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Retour à la page de connexion' })).toBeVisible();
    await expectAccessible(page, 'mot-de-passe-oublie');

    await page.getByLabel('Adresse mail').fill(`  ${EMAIL.toUpperCase()} `);
    await typeCaptcha(page, BROWSER_CAPTCHA_CODE.toLowerCase());
    await page.getByRole('button', { name: 'Envoyer' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Si un compte actif correspond à cette adresse' })).toBeVisible();
    await expect(page.getByText('votre compte est peut-être enregistré sous une autre adresse')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Signaler une adresse introuvable' })).toHaveAttribute('href', '/adresse-introuvable');
    await expectAccessible(page, 'mot-de-passe-oublie confirmation');
    await saveScreenshot(page, '2-demande-envoyee');
  });

  test('3. the e-mail carries the reset link', async ({ server }) => {
    const mail = await server.smtp.waitForMessageTo(EMAIL, 1, 20_000);

    expect(mail.subject).toBe('Demande de réinitialisation de mot de passe');
    expect(mail.text).toContain('Ce lien a une durée de validité de 24 h');
    expect(mail.text).toContain('SIEC, la Maison des examens');
    const match = new RegExp(`${server.baseUrl}/security/reset-password/\\d+/[A-Za-z0-9_-]{40}`).exec(mail.text ?? '');
    expect(match).not.toBeNull();
    resetLink = match?.[0] ?? '';
    expect(mail.html).toContain(`href="${resetLink}"`);
  });

  test('4. reset page ticks the rules and sets the password', async ({ page }) => {
    expect(resetLink).not.toBe('');
    await page.goto(resetLink);
    await expect(page.getByRole('heading', { level: 1, name: 'Réinitialisation de mot de passe' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'INFORMATION' })).toBeVisible();
    const rules = page.locator('[data-rule]');
    await expect(rules).toHaveCount(5);
    await expect(page.locator('[data-met="true"]')).toHaveCount(0);
    await expectAccessible(page, 'reset-password');
    await saveScreenshot(page, '4-reinitialisation');

    const field = page.getByLabel('Nouveau mot de passe', { exact: true });
    await field.fill('abc');
    await expect(page.locator('[data-rule="lowercase"]')).toHaveAttribute('data-met', 'true');
    await expect(page.locator('[data-rule="uppercase"]')).toHaveAttribute('data-met', 'false');
    await field.fill(PASSWORD);
    await expect(page.locator('[data-met="true"]')).toHaveCount(5);

    await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Réinitialiser' }).click();
    await expect(page.getByText('Votre mot de passe a été enregistré. Vous pouvez maintenant vous connecter.')).toBeVisible();
    await expectAccessible(page, 'reset-password success');
    await saveScreenshot(page, '4-mot-de-passe-enregistre');

    await page.goto(resetLink);
    await expect(page.getByRole('heading', { level: 1, name: 'Ce lien n’est plus valide' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Demander un nouveau lien' })).toBeVisible();
    await expectAccessible(page, 'reset-password invalid');
    await saveScreenshot(page, '4-lien-invalide');
  });

  test('5. login lands on the account page, logout returns', async ({ page }) => {
    await page.goto('/connexion');
    await fillLogin(page, EMAIL, PASSWORD, BROWSER_CAPTCHA_CODE);

    await expect(page).toHaveURL(/\/mon-compte$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    await expect(page.getByRole('main')).toContainText('Sacha');
    await expect(page.getByRole('main')).toContainText('Leroy');
    await expect(page.getByRole('main')).toContainText(EMAIL);
    await expect(page.getByRole('main')).toContainText('Intervenant');
    await expectAccessible(page, 'mon-compte');
    await saveScreenshot(page, '5-mon-compte');

    await page.getByRole('main').getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(page).toHaveURL(/\/connexion/);
    await expect(page.getByText('Vous êtes déconnecté.')).toBeVisible();

    await page.goto('/mon-compte');
    await expect(page).toHaveURL(/\/connexion/);
  });
});

test.describe('browser protections', () => {
  // A page of its own: the blocked script below is a CSP violation that the page fixture would report.
  test('pages carry a CSP and no inline script runs', async ({ browser, server }) => {
    const page = await browser.newPage({ baseURL: server.baseUrl });
    const response = await page.goto('/connexion');
    const csp = response?.headers()['content-security-policy'] ?? '';

    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');

    const inlineRan = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true;';
      document.body.appendChild(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(inlineRan).toBe(false);
    await page.close();
  });

  test('a request without the CSRF header is refused', async ({ page }) => {
    await page.goto('/connexion');

    const result = await page.evaluate(async () => {
      const response = await fetch('/api/captcha', { method: 'POST' });
      return { status: response.status, body: (await response.json()) as { message: string } };
    });

    expect(result.status).toBe(403);
    expect(result.body.message).toContain('jeton de sécurité');
  });
});
