import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test as base } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'mysql2/promise';
import { DatabaseKind, TEST_MYSQL_URL } from '../support/test-databases';
import { AppServer } from './app-server';

const SCREENSHOTS = join(__dirname, '..', '..', 'test-results', 'screenshots');

/** MySQL/MariaDB when a server responds (required in CI), SQLite otherwise. */
async function chooseDatabase(): Promise<DatabaseKind> {
  try {
    const connection = await createConnection({ uri: TEST_MYSQL_URL, connectTimeout: 3000 });
    await connection.end();
    return 'mysql';
  } catch (error) {
    if (process.env.CI === 'true') {
      throw new Error(`MySQL/MariaDB at ${TEST_MYSQL_URL} is required in CI: ${error instanceof Error ? error.message : error}`);
    }
    console.warn(`Browser suite on SQLite: MySQL/MariaDB at ${TEST_MYSQL_URL} did not answer.`);
    return 'sqlite';
  }
}

/** Runs axe-core on the page as it is now and fails on any WCAG 2.1 A or AA violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = results.violations.map((violation) => ({
    id: violation.id,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/**
 * Types the image code once the image is shown: a person cannot type it earlier,
 * and before the challenge loads the form has no challenge id to send.
 */
export async function typeCaptcha(page: Page, code: string): Promise<void> {
  await expect(page.getByRole('img', { name: 'Code de sécurité à recopier' })).toBeVisible();
  await page.getByLabel('Entrer les 4 caractères ci-dessus').fill(code);
}

/** Saves a full-page screenshot under test-results/screenshots. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

export const test = base.extend<object, { server: AppServer }>({
  server: [
    async ({}, use) => {
      const server = new AppServer();
      await server.start(await chooseDatabase());
      await use(server);
      await server.stop();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ server }, use) => {
    await use(server.baseUrl);
  },
  // Every test fails if the page breaks the Content-Security-Policy, e.g. with an inline script.
  page: async ({ page }, use) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) {
        violations.push(message.text());
      }
    });

    await use(page);

    expect(violations, 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
