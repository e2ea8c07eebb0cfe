import { Account } from '../../apps/api/src/accounts/account.entity';
import { GOOD_PASSWORD, login, newCaptchaId, obtainResetLink } from '../support/journey';
import { startTestApp, TEST_CAPTCHA_CODE, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

/** Values of the wrong type, or empty or huge, for a field that expects a string. */
const WRONG_VALUES: Array<[string, unknown]> = [
  ['an array', ['a@example.fr']],
  ['an object', { $gt: '' }],
  ['a number', 42],
  ['a boolean', true],
  ['null', null],
  ['an empty string', ''],
  ['spaces only', '   '],
  ['a 10 000-character string', 'a'.repeat(10_000)],
];

/** Frenchness check: messages use French words and accents, never class-validator's English. */
function expectFrenchError(body: Record<string, unknown>): void {
  expect(typeof body.message).toBe('string');
  expect(body.message).not.toMatch(/must be|should not|property|Bad Request|Internal/);
  expect(body).not.toHaveProperty('stack');
}

describe.each(testDatabaseKinds())('bad input on %s', (kind) => {
  let app: TestApp;
  let link: { apiPath: string };
  const email = 'input.checks@example.fr';

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.createAccount({ email });
    link = await obtainResetLink(app, email);
  });

  afterAll(async () => {
    await app.close();
  });

  async function validBody(route: string): Promise<Record<string, unknown>> {
    if (route === 'login') {
      return { email, password: GOOD_PASSWORD, captchaId: await newCaptchaId(app), captchaCode: TEST_CAPTCHA_CODE };
    }
    if (route === 'reset-request') {
      return { email, captchaId: await newCaptchaId(app), captchaCode: TEST_CAPTCHA_CODE };
    }
    return { password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD };
  }

  function path(route: string): string {
    return { login: '/api/auth/login', 'reset-request': '/api/password-reset', 'reset-complete': link.apiPath }[route] as string;
  }

  const FIELDS: Array<[string, string]> = [
    ['login', 'email'],
    ['login', 'password'],
    ['login', 'captchaId'],
    ['login', 'captchaCode'],
    ['reset-request', 'email'],
    ['reset-request', 'captchaId'],
    ['reset-request', 'captchaCode'],
    ['reset-complete', 'password'],
    ['reset-complete', 'confirmation'],
  ];

  it.each(FIELDS)('%s rejects wrong values of %s', async (route, field) => {
    for (const [label, value] of WRONG_VALUES) {
      if (field === 'password' && route === 'login' && label === 'spaces only') {
        continue; // spaces are a legitimate password, so the response is 401.
      }
      const body = { ...(await validBody(route)), [field]: value };

      const response = await app.http.post(path(route)).send(body);

      expect({ label, status: response.status }).toEqual({ label, status: 400 });
      expectFrenchError(response.body);
      expect(response.body.fields?.[field]?.[0]).toMatch(/champ|adresse|code|identifiant|mot de passe|confirmation|règle/i);
    }
  });

  it.each([['login'], ['reset-request'], ['reset-complete']])('%s rejects a missing body', async (route) => {
    const response = await app.http.post(path(route)).set('Content-Type', 'application/json');

    expect(response.status).toBe(400);
    expectFrenchError(response.body);
  });

  it.each([['login'], ['reset-request'], ['reset-complete']])('%s rejects a JSON array body', async (route) => {
    const response = await app.http.post(path(route)).send([await validBody(route)]);

    expect(response.status).toBe(400);
    expectFrenchError(response.body);
  });

  it('rejects unknown fields', async () => {
    const response = await app.http.post('/api/password-reset').send({ ...(await validBody('reset-request')), isAdmin: true });

    expect(response.status).toBe(400);
    expect(response.body.fields.isAdmin).toEqual(["Ce champ n’est pas attendu."]);
  });

  it('rejects malformed JSON', async () => {
    const response = await app.http.post('/api/auth/login').set('Content-Type', 'application/json').send('{"email": "a@example.fr",');

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('MALFORMED_JSON');
    expect(response.body.message).toBe("Le contenu de la requête n’est pas un JSON valide.");
  });

  it('rejects a 2 MB body', async () => {
    const response = await app.http.post('/api/auth/login').set('Content-Type', 'application/json').send(JSON.stringify({ email: 'x'.repeat(2 * 1024 * 1024) }));

    expect(response.status).toBe(413);
    expect(response.body.message).toBe('La requête est trop volumineuse.');
  });

  it('rejects a form-encoded or text body', async () => {
    const form = await app.http.post('/api/auth/login').type('form').send({ email, password: GOOD_PASSWORD });
    const text = await app.http.post('/api/password-reset').set('Content-Type', 'text/plain').send('email=a@example.fr');

    expect(form.status).toBe(415);
    expect(text.status).toBe(415);
    expect(form.body.message).toContain('JSON');
  });

  it('rejects invalid addresses', async () => {
    for (const address of ['not-an-address', 'a@b', '@example.fr', 'a b@example.fr', 'a@example.fr\nBcc: x@example.fr']) {
      const response = await app.http.post('/api/password-reset').send({ ...(await validBody('reset-request')), email: address });

      expect({ address, status: response.status }).toEqual({ address, status: 400 });
      expect(response.body.fields.email).toEqual(["L’adresse mail n’est pas valide (exemple : prenom.nom@example.fr)."]);
    }
  });

  it('treats SQL and HTML payloads as plain text', async () => {
    for (const payload of ["' OR '1'='1", "a@example.fr' --", '<script>alert(1)</script>@example.fr', "\"; DROP TABLE accounts; --"]) {
      const response = await login(app, payload, payload);
      expect([400, 401]).toContain(response.status);
      expectFrenchError(response.body);
    }
    expect(await app.dataSource.getRepository(Account).count()).toBe(1);
  });

  it('stores nothing when the reset body is invalid', async () => {
    const before = await app.dataSource.getRepository(Account).findOneByOrFail({ email });

    await app.http.post(link.apiPath).send({ password: [GOOD_PASSWORD], confirmation: GOOD_PASSWORD }).expect(400);
    await app.http.post(link.apiPath).send({ password: 'faible', confirmation: 'faible' }).expect(400);

    const after = await app.dataSource.getRepository(Account).findOneByOrFail({ email });
    expect(after.passwordHash).toBe(before.passwordHash);
    await app.http.get(link.apiPath).expect(200);
  });

  it('answers 404 in French for an unknown API route', async () => {
    const response = await app.http.get('/api/nothing-here');

    expect(response.status).toBe(404);
    expect(response.body.message).toBe("La ressource demandée n’existe pas.");
  });

  it('keeps answering after bad input', async () => {
    await app.http.get('/api/health/ready').expect(200);
  });
});

describe.each(testDatabaseKinds())('control characters on %s', (kind) => {
  let app: TestApp;
  const email = 'control.chars@example.fr';

  beforeAll(async () => {
    app = await startTestApp(kind);
    await app.createAccount({ email });
  });

  afterAll(async () => {
    await app.close();
  });

  it.each([
    ['NUL', '\u0000'],
    ['a line break', '\n'],
    ['a tab', '\t'],
    ['an escape', '\u001b'],
  ])('rejects %s in every login field', async (_label, character) => {
    for (const field of ['email', 'password', 'captchaCode']) {
      const body: Record<string, string> = { email, password: GOOD_PASSWORD, captchaId: await newCaptchaId(app), captchaCode: TEST_CAPTCHA_CODE };
      body[field] = `${body[field].slice(0, 2)}${character}${body[field].slice(2)}`;

      const response = await app.http.post('/api/auth/login').send(body);

      expect({ field, status: response.status }).toEqual({ field, status: field === 'password' ? 401 : 400 });
      expectFrenchError(response.body);
    }
  });

  it('rejects control characters in a new password', async () => {
    const link = await obtainResetLink(app, email);

    const response = await app.http.post(link.apiPath).send({ password: 'Brioche\u0000Verte-42', confirmation: 'Brioche\u0000Verte-42' });

    expect(response.status).toBe(400);
    expect(response.body.unmetRules).toEqual(['aucun caractère de contrôle (tabulation, retour à la ligne…)']);
    const account = await app.dataSource.getRepository(Account).findOneByOrFail({ email });
    expect(account.passwordHash).toBeNull();
  });
});
