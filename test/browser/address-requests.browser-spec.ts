import type { Page } from '@playwright/test';
import { AppServer, BROWSER_CAPTCHA_CODE } from './app-server';
import { expect, expectAccessible, saveScreenshot, test, typeCaptcha } from './fixtures';

const AGENT_EMAIL = 'romane.giraud@example.fr';
const AGENT_PASSWORD = 'Lanterne-Bleue7';
const OLD_EMAIL = 'maelle.dubois@ancien-rectorat.fr';
const TRIED_EMAIL = 'm.dubois@example.fr';
const CONTACT_EMAIL = 'maelle.dubois@example.fr';
const PERSON_PASSWORD = 'Horizon-Perle58';
const RESET_LINK = (server: AppServer) => new RegExp(`${server.baseUrl}/security/reset-password/\\d+/[A-Za-z0-9_-]{40}`);

test.describe.configure({ mode: 'serial' });

/** Requests a reset link on /mot-de-passe-oublie and returns the link from e-mail number `mailCount` to `email`. */
async function requestResetLink(page: Page, server: AppServer, email: string, mailCount: number): Promise<string> {
  await page.goto('/mot-de-passe-oublie');
  await page.getByLabel('Adresse mail').fill(email);
  await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Si un compte actif correspond à cette adresse' })).toBeVisible();

  const mail = await server.smtp.waitForMessageTo(email, mailCount, 20_000);
  const link = RESET_LINK(server).exec(mail.text ?? '');
  expect(link, `reset link in "${mail.subject}"`).not.toBeNull();
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

test.describe('address requests', () => {
  let reference = '';

  test.beforeAll(({ server }) => {
    server.createAccount(OLD_EMAIL, 'Maëlle', 'Dubois', 'intervenant');
    server.createAccount(AGENT_EMAIL, 'Romane', 'Giraud', 'support');
  });

  test('1. the support agent sets a password and sees only Demandes', async ({ page, server }) => {
    const resetLink = await requestResetLink(page, server, AGENT_EMAIL, 1);
    await setPassword(page, resetLink, AGENT_PASSWORD);
    await logIn(page, AGENT_EMAIL, AGENT_PASSWORD);

    await page.getByRole('banner').getByRole('link', { name: 'Console de gestion' }).click();
    await expect(page).toHaveURL(/\/admin\/demandes$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Demandes' })).toBeVisible();
    const menu = page.getByRole('navigation', { name: 'Console de gestion' });
    await expect(menu.getByRole('link')).toHaveText(['Demandes']);
    await expect(page.getByText('Aucune demande ne correspond à ces critères.')).toBeVisible();
    await expectAccessible(page, 'demandes empty');
    await saveScreenshot(page, 'demandes-1-file-vide');

    await page.goto('/admin/comptes');
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/comptes$/);
  });

  test('2. the person files a request', async ({ page }) => {
    await page.goto('/connexion');
    await page.getByRole('link', { name: 'Signaler une adresse introuvable' }).click();
    await expect(page).toHaveURL(/\/adresse-introuvable$/);
    await expect(page).toHaveTitle('Adresse introuvable - DPECothèque');
    await expect(page.getByRole('heading', { level: 1, name: 'Adresse introuvable' })).toBeVisible();

    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByLabel('Nom', { exact: true })).toBeFocused();
    await expect(page.getByText('Saisissez votre nom.')).toBeVisible();
    await expect(page.getByText('Saisissez l’adresse mail que vous avez essayée.')).toBeVisible();
    await expectAccessible(page, 'adresse-introuvable with errors');
    await saveScreenshot(page, 'demandes-2-formulaire-erreurs');

    await page.getByLabel('Nom', { exact: true }).fill('Dubois');
    await page.getByLabel('Prénom').fill('Maëlle');
    await page.getByLabel('Adresse mail essayée').fill(TRIED_EMAIL);
    await page.getByLabel('Adresse mail de contact').fill(CONTACT_EMAIL);
    await page.getByRole('button', { name: 'Ajouter une adresse' }).click();
    await expect(page.getByLabel('Autre adresse 1')).toBeFocused();
    await page.getByLabel('Autre adresse 1').fill(OLD_EMAIL);
    await page.getByRole('button', { name: 'Ajouter une adresse' }).click();
    await page.getByLabel('Autre adresse 2').fill('pas-une-adresse');
    await page.getByLabel('Votre rôle ou l’examen concerné').fill('Correctrice du baccalauréat');
    await page.getByLabel('Message').fill('Mon ancienne adresse académique ne fonctionne plus.');
    await typeCaptcha(page, BROWSER_CAPTCHA_CODE);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();
    await expect(page.getByLabel('Autre adresse 2')).toBeFocused();
    await expect(page.getByText('Saisissez une adresse mail valide, au format nom@domaine.fr.')).toBeVisible();
    await expectAccessible(page, 'adresse-introuvable with other addresses');
    await saveScreenshot(page, 'demandes-3-formulaire-rempli');

    await page.getByRole('button', { name: 'Retirer l’autre adresse 2' }).click();
    await expect(page.getByLabel('Autre adresse 2')).toHaveCount(0);
    await page.getByRole('button', { name: 'Envoyer la demande' }).click();

    const receipt = page.getByRole('status').filter({ hasText: 'Demande envoyée' });
    await expect(receipt).toBeVisible();
    reference = (await receipt.locator('strong').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^AI-\d{4}-\d{6}$/);
    await expect(receipt).toContainText('Le support du SIEC vous répondra à cette adresse.');
    await expect(page.getByRole('link', { name: 'Retour à la page de connexion' })).toHaveAttribute('href', '/connexion');
    await expectAccessible(page, 'adresse-introuvable receipt');
    await saveScreenshot(page, 'demandes-4-accuse');
  });

  test('3. the acknowledgement reaches the contact address', async ({ server }) => {
    const mail = await server.smtp.waitForMessageTo(CONTACT_EMAIL, 1, 20_000);

    expect(mail.subject).toBe('Votre demande « adresse introuvable » a bien été reçue');
    expect(mail.text).toContain(reference);
  });

  test('4. the support agent finds, takes and resolves the request', async ({ page }) => {
    await logIn(page, AGENT_EMAIL, AGENT_PASSWORD);
    const consoleLink = page.getByRole('banner').getByRole('link', { name: 'Console de gestion (1 demande ouverte)' });
    await expect(consoleLink).toBeVisible();
    await consoleLink.click();

    const search = page.getByLabel('Rechercher par nom, adresse ou référence');
    await search.fill(reference);
    await expect(page).toHaveURL(new RegExp(`/admin/demandes\\?q=${reference}$`));
    await expect(search).toBeFocused();
    const rows = page.getByRole('table', { name: 'Demandes « adresse introuvable »' }).locator('tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('Maëlle Dubois');
    await expect(rows.first()).toContainText('Nouvelle');
    await expect(rows.first()).toContainText('Formulaire');
    await expectAccessible(page, 'demandes search');
    await saveScreenshot(page, 'demandes-5-file');

    await rows.first().getByRole('link', { name: reference }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Demande ${reference}` })).toBeVisible();
    await expect(page).toHaveTitle(`${reference} - Demandes - Console de gestion - DPECothèque`);
    await expect(page.getByRole('button', { name: 'Créer le compte' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Historique' })).toBeVisible();
    await expect(page.getByText('Demande déposée')).toBeVisible();
    await expectAccessible(page, 'demande');
    await saveScreenshot(page, 'demandes-6-demande');

    await page.getByRole('button', { name: 'Prendre la demande' }).click();
    await expect(page.getByText('Vous avez pris la demande.')).toBeVisible();
    await expect(page.getByText('Prise en charge par Romane Giraud')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prendre la demande' })).toHaveCount(0);

    await page.getByRole('textbox', { name: /^Commentaire/ }).fill('Homonyme vérifié : même examen.');
    await page.getByRole('button', { name: 'Ajouter le commentaire' }).click();
    await expect(page.getByText('Le commentaire interne a été ajouté.')).toBeVisible();
    await expect(page.locator('.dpec-history__item--internal')).toContainText('Homonyme vérifié : même examen.');

    const candidate = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Maëlle Dubois' }) });
    await expect(candidate).toContainText(OLD_EMAIL);
    await candidate.getByRole('button', { name: 'Attribuer l’adresse de contact' }).click();
    await expect(page.getByRole('heading', { name: 'Attribuer l’adresse de contact au compte de Maëlle Dubois ?' })).toBeFocused();
    await expectAccessible(page, 'demande confirmation');
    await saveScreenshot(page, 'demandes-7-confirmation');

    await page.getByRole('button', { name: 'Confirmer l’attribution' }).click();
    await expect(page.getByText(`L’adresse ${CONTACT_EMAIL} a été attribuée au compte.`)).toBeVisible();
    await expect(page.getByText('Résolue', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Prendre la demande' })).toHaveCount(0);
    await expect(page.getByText('Adresse du compte modifiée')).toBeVisible();
    await expectAccessible(page, 'demande resolue');
    await saveScreenshot(page, 'demandes-8-resolue');
  });

  test('5. the person sets a password from the new address and logs in', async ({ page, server }) => {
    const link = RESET_LINK(server);
    await expect.poll(() => server.smtp.messagesTo(CONTACT_EMAIL).some((mail) => link.test(mail.text ?? '')), { timeout: 20_000 }).toBe(true);
    const mail = server.smtp.messagesTo(CONTACT_EMAIL).find((candidate) => link.test(candidate.text ?? ''));
    const resetLink = link.exec(mail?.text ?? '')?.[0] ?? '';

    await page.goto(resetLink);
    await expectAccessible(page, 'reset from request');
    await saveScreenshot(page, 'demandes-9-mot-de-passe');
    await setPassword(page, resetLink, PERSON_PASSWORD);

    await logIn(page, CONTACT_EMAIL, PERSON_PASSWORD);
    await expect(page.getByRole('main')).toContainText(CONTACT_EMAIL);
    await expectAccessible(page, 'mon-compte after request');
    await saveScreenshot(page, 'demandes-10-mon-compte');
  });
});
