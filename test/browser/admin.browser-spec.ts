import type { Page } from '@playwright/test';
import { AppServer, BROWSER_CAPTCHA_CODE } from './app-server';
import { expect, expectAccessible, saveScreenshot, test, typeCaptcha } from './fixtures';

const MANAGER_EMAIL = 'alix.fontaine@example.fr';
const MANAGER_PASSWORD = 'Lanterne-Bleue7';
const NEWCOMER_EMAIL = 'yanis.morel@example.fr';
const NEWCOMER_PASSWORD = 'Horizon-Perle58';

test.describe.configure({ mode: 'serial' });

/** Requests a reset link on /mot-de-passe-oublie and returns the link from e-mail number `mailCount` to `email`. */
async function requestResetLink(page: Page, server: AppServer, email: string, mailCount: number): Promise<string> {
  await page.getByLabel('Adresse mail').fill(email);
  await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Si un compte actif correspond à cette adresse' })).toBeVisible();

  const mail = await server.smtp.waitForMessageTo(email, mailCount, 20_000);
  expect(mail.subject).toBe('Demande de réinitialisation de mot de passe');
  const link = new RegExp(`${server.baseUrl}/security/reset-password/\\d+/[A-Za-z0-9_-]{40}`).exec(mail.text ?? '');
  expect(link).not.toBeNull();
  return link?.[0] ?? '';
}

async function setPassword(page: Page, resetLink: string, password: string): Promise<void> {
  await page.goto(resetLink);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Confirmation du mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Réinitialiser' }).click();
  await expect(page.getByText('Votre mot de passe a été enregistré.')).toBeVisible();
}

async function logIn(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Adresse mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page).toHaveURL(/\/mon-compte$/);
}

test.describe('admin console', () => {
  test.beforeAll(({ server }) => {
    server.createAccount(MANAGER_EMAIL, 'Alix', 'Fontaine', 'gestionnaire');
  });

  test('1. a visitor is sent to login', async ({ page }) => {
    await page.goto('/admin/comptes');

    await expect(page).toHaveURL(/\/connexion\?returnUrl=%2Fadmin%2Fcomptes$/);
  });

  test('2. the gestionnaire sets a password and opens the console', async ({ page, server }) => {
    await page.goto('/mot-de-passe-oublie');
    const resetLink = await requestResetLink(page, server, MANAGER_EMAIL, 1);
    await setPassword(page, resetLink, MANAGER_PASSWORD);
    await logIn(page, MANAGER_EMAIL, MANAGER_PASSWORD);

    await page.getByRole('banner').getByRole('link', { name: 'Console de gestion' }).click();
    await expect(page).toHaveURL(/\/admin\/comptes$/);
    await expect(page).toHaveTitle('Comptes - Console de gestion - DPECothèque');
    await expect(page.getByRole('heading', { level: 1, name: 'Comptes' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Console de gestion' }).getByRole('link', { name: 'Comptes' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('table', { name: 'Comptes du service' })).toContainText(MANAGER_EMAIL);
    await expectAccessible(page, 'admin comptes');
    await saveScreenshot(page, 'admin-1-comptes');
  });

  test('3. the gestionnaire creates an account', async ({ page, server }) => {
    await logIn(page, MANAGER_EMAIL, MANAGER_PASSWORD);
    await page.goto('/admin/comptes');
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await expect(page).toHaveTitle('Créer un compte - Console de gestion - DPECothèque');

    await page.getByRole('button', { name: 'Créer le compte' }).click();
    // The same sentence is also the group's hint, so the error is found by its id.
    await expect(page.locator('#create-roles-error')).toHaveText('Cochez au moins un rôle.');
    await expect(page.getByLabel('Adresse mail')).toBeFocused();
    await expectAccessible(page, 'admin nouveau compte with errors');
    await saveScreenshot(page, 'admin-2-creation-erreurs');

    await page.getByLabel('Adresse mail').fill(NEWCOMER_EMAIL);
    await page.getByLabel('Prénom').fill('Yanis');
    await page.getByLabel('Nom', { exact: true }).fill('Morel');
    // The DSFR label covers its checkbox, so the click goes to the label as a user's would.
    await page.locator('label', { hasText: 'Intervenant' }).click();
    await expect(page.getByRole('checkbox', { name: 'Intervenant' })).toBeChecked();
    await page.getByRole('button', { name: 'Créer le compte' }).click();

    await expect(page).toHaveURL(/\/admin\/comptes\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Yanis Morel' })).toBeVisible();
    await expect(page.getByText(`Le compte a été créé. Un mail de bienvenue a été envoyé à ${NEWCOMER_EMAIL}.`)).toBeVisible();
    await expect(page).toHaveTitle('Yanis Morel - Comptes - Console de gestion - DPECothèque');
    await expectAccessible(page, 'admin compte');
    await saveScreenshot(page, 'admin-3-compte-cree');

    const welcome = await server.smtp.waitForMessageTo(NEWCOMER_EMAIL, 1, 20_000);
    expect(welcome.subject).toContain('Bienvenue');
    expect(welcome.text).toContain(`${server.baseUrl}/mot-de-passe-oublie`);
  });

  test('4. the newcomer completes the first connection', async ({ browser, server }) => {
    const context = await browser.newContext({ baseURL: server.baseUrl, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const newcomer = await context.newPage();

    await newcomer.goto('/mot-de-passe-oublie');
    const resetLink = await requestResetLink(newcomer, server, NEWCOMER_EMAIL, 2);
    await setPassword(newcomer, resetLink, NEWCOMER_PASSWORD);
    await logIn(newcomer, NEWCOMER_EMAIL, NEWCOMER_PASSWORD);
    await expect(newcomer.getByRole('main')).toContainText('Intervenant');
    await expect(newcomer.getByRole('banner').getByRole('link', { name: 'Console de gestion' })).toHaveCount(0);

    await newcomer.goto('/admin/comptes');
    await expect(newcomer.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    await expect(newcomer).toHaveURL(/\/admin\/comptes$/);
    await context.close();
  });

  test('5. the gestionnaire finds, disables and audits the account', async ({ page }) => {
    await logIn(page, MANAGER_EMAIL, MANAGER_PASSWORD);
    await page.goto('/admin/comptes');

    const search = page.getByLabel('Rechercher par nom ou adresse mail');
    await search.fill('morel');
    await expect(page).toHaveURL(/\/admin\/comptes\?q=morel$/);
    await expect(search).toBeFocused();
    const rows = page.getByRole('table', { name: 'Comptes du service' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(NEWCOMER_EMAIL);
    await expect(rows.first()).toContainText('Actif');
    await expectAccessible(page, 'admin comptes search');
    await saveScreenshot(page, 'admin-4-recherche');

    await page.getByLabel('Statut').selectOption({ label: 'Désactivé' });
    await expect(page.getByText('Aucun compte ne correspond à ces critères.')).toBeVisible();
    await page.getByLabel('Statut').selectOption({ label: 'Tous les statuts' });
    await expect(rows).toHaveCount(1);

    await rows.first().getByRole('link', { name: NEWCOMER_EMAIL }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Yanis Morel' })).toBeVisible();
    await page.getByRole('button', { name: 'Désactiver le compte' }).click();
    await expect(page.getByRole('heading', { name: 'Désactiver le compte de Yanis Morel ?' })).toBeFocused();
    await expectAccessible(page, 'admin compte confirmation');
    await saveScreenshot(page, 'admin-5-confirmation');
    await page.getByRole('button', { name: 'Confirmer la désactivation' }).click();
    await expect(page.getByText('Le compte a été désactivé.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Réactiver le compte' })).toBeVisible();

    await page.getByRole('link', { name: /^Voir le journal/ }).click();
    await expect(page).toHaveURL(/\/admin\/journal\?account=yanis\.morel(@|%40)example\.fr$/);
    await expect(page).toHaveTitle('Journal des actions - Console de gestion - DPECothèque');
    const entries = page.getByRole('table', { name: 'Actions sur les comptes' }).locator('tbody tr');
    await expect(entries).toHaveCount(2);
    await expect(entries.nth(0)).toContainText('Désactivation');
    await expect(entries.nth(0)).toContainText('Alix Fontaine');
    await expect(entries.nth(1)).toContainText('Création du compte');
    await expectAccessible(page, 'admin journal');
    await saveScreenshot(page, 'admin-6-journal');
  });

  test('6. the import page previews a file', async ({ page }) => {
    await logIn(page, MANAGER_EMAIL, MANAGER_PASSWORD);
    await page.goto('/admin/comptes/import');
    await expect(page).toHaveTitle('Importer des comptes - Console de gestion - DPECothèque');
    await expectAccessible(page, 'admin import');
    await saveScreenshot(page, 'admin-7-import');

    const csv = `adresse mail;prénom;nom;rôles\nines.caron@example.fr;Inès;Caron;support\n${NEWCOMER_EMAIL};Yanis;Morel;\n`;
    await page.getByLabel('Fichier des comptes').setInputFiles({ name: 'comptes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Prévisualiser' }).click();
    await expect(page.getByText('1 ligne valide, 1 ligne dont le compte existe déjà.')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Lignes du fichier' })).toContainText('Un compte utilise déjà cette adresse.');
    await expectAccessible(page, 'admin import preview');
    await saveScreenshot(page, 'admin-7-import-previsualisation');

    await page.getByRole('button', { name: 'Importer la ligne valide' }).click();
    await expect(page.getByText('1 compte créé, 1 ligne ignorée.')).toBeVisible();
    await expectAccessible(page, 'admin import result');
  });
});
