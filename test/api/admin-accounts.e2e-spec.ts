import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOOD_PASSWORD, login, loggedInAs, obtainResetLink, sessionCookie } from '../support/journey';
import { startTestApp, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const FIXTURES = join(__dirname, '..', 'fixtures', 'import');

function fixture(name: string): Buffer {
  return readFileSync(join(FIXTURES, name));
}

describe.each(testDatabaseKinds())('admin console on %s', (kind) => {
  let app: TestApp;
  let manager: string;
  let managerId: number;
  const managerEmail = 'chef.gestion@example.fr';

  function createViaConsole(body: Record<string, unknown>) {
    return app.http.post('/api/admin/accounts').set('Cookie', manager).send(body);
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
    manager = await loggedInAs(app, managerEmail, ['gestionnaire']);
    managerId = (await app.http.get('/api/auth/me').set('Cookie', manager)).body.id;
  });

  afterAll(async () => {
    await app.close();
  });

  it('creates an account and sends the welcome e-mail', async () => {
    const response = await createViaConsole({ email: ' Nadia.Haddad@Example.FR ', firstName: 'Nadia', lastName: 'Haddad', roles: ['intervenant'] });

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ email: 'nadia.haddad@example.fr', firstName: 'Nadia', roles: ['intervenant'], hasPassword: false, disabled: false });
    expect(JSON.stringify(response.body)).not.toMatch(/password_?hash|\$2[aby]\$/i);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo('nadia.haddad@example.fr');
    expect(mail.subject).toBe('Bienvenue sur DPECothèque');
    expect(mail.text).toContain(`${TEST_PUBLIC_URL}/mot-de-passe-oublie`);
    expect(mail.text).toContain('Première connexion ou mot de passe oublié');
  });

  it('refuses a duplicate address in any case', async () => {
    await createViaConsole({ email: 'duplicate.case@example.fr', firstName: 'Un', lastName: 'Deux', roles: ['intervenant'] }).expect(201);

    const response = await createViaConsole({ email: 'DUPLICATE.Case@example.fr ', firstName: 'Trois', lastName: 'Quatre', roles: ['support'] });

    expect(response.status).toBe(409);
    expect(response.body.message).toBe('Un compte utilise déjà cette adresse mail.');
  });

  it('validates the new account', async () => {
    const cases: Array<Record<string, unknown>> = [
      { email: 'a@example.fr', firstName: 'A', lastName: 'B', roles: [] },
      { email: 'a@example.fr', firstName: 'A', lastName: 'B', roles: ['admin'] },
      { email: 'a@example.fr', firstName: '', lastName: 'B', roles: ['intervenant'] },
      { email: 'pas une adresse', firstName: 'A', lastName: 'B', roles: ['intervenant'] },
      { email: ['a@example.fr'], firstName: 'A', lastName: 'B', roles: ['intervenant'] },
      { email: 'a@example.fr', firstName: 'A', lastName: 'B', roles: 'intervenant' },
    ];

    for (const body of cases) {
      const response = await createViaConsole(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(Object.keys(response.body.fields ?? {}).length).toBeGreaterThan(0);
    }
  });

  it('searches names without accents or case', async () => {
    await createViaConsole({ email: 'eloise.dupre@example.fr', firstName: 'Éloïse', lastName: 'Dupré', roles: ['support'] }).expect(201);

    for (const q of ['eloise dupre', 'DUPRÉ', 'Éloï', 'dupre@example']) {
      const response = await app.http.get(`/api/admin/accounts?q=${encodeURIComponent(q)}`).set('Cookie', manager).expect(200);
      expect({ q, emails: response.body.items.map((item: { email: string }) => item.email) }).toEqual({ q, emails: ['eloise.dupre@example.fr'] });
    }
    const wildcard = await app.http.get('/api/admin/accounts?q=%25').set('Cookie', manager).expect(200);
    expect(wildcard.body.total).toBe(0);
  });

  it('filters, sorts and pages', async () => {
    for (let index = 0; index < 5; index++) {
      await createViaConsole({ email: `page.${index}@example.fr`, firstName: `Prénom${index}`, lastName: `Zpage${index}`, roles: ['intervenant'] }).expect(201);
    }

    const byRole = await app.http.get('/api/admin/accounts?role=gestionnaire').set('Cookie', manager).expect(200);
    const neverLoggedIn = await app.http.get('/api/admin/accounts?status=never_logged_in&pageSize=100').set('Cookie', manager).expect(200);
    const firstPage = await app.http.get('/api/admin/accounts?q=zpage&sort=lastName&order=desc&pageSize=2&page=1').set('Cookie', manager).expect(200);
    const lastPage = await app.http.get('/api/admin/accounts?q=zpage&sort=lastName&order=desc&pageSize=2&page=3').set('Cookie', manager).expect(200);

    expect(byRole.body.items.map((item: { email: string }) => item.email)).toEqual([managerEmail]);
    expect(neverLoggedIn.body.items.map((item: { email: string }) => item.email)).not.toContain(managerEmail);
    expect(firstPage.body.total).toBe(5);
    expect(firstPage.body.items.map((item: { lastName: string }) => item.lastName)).toEqual(['Zpage4', 'Zpage3']);
    expect(lastPage.body.items.map((item: { lastName: string }) => item.lastName)).toEqual(['Zpage0']);
  });

  it('rejects bad list parameters', async () => {
    for (const query of ['page=0', 'pageSize=101', 'page=abc', 'sort=password', 'status=gone', 'role=admin', 'q=a&q=b']) {
      const response = await app.http.get(`/api/admin/accounts?${query}`).set('Cookie', manager);
      expect({ query, status: response.status }).toEqual({ query, status: 400 });
    }
  });

  it('edits names and roles and records the change', async () => {
    const created = await createViaConsole({ email: 'edit.me@example.fr', firstName: 'Edit', lastName: 'Me', roles: ['intervenant'] }).expect(201);

    const updated = await app.http.patch(`/api/admin/accounts/${created.body.id}`).set('Cookie', manager).send({ lastName: 'Modifié', roles: ['intervenant', 'support'] }).expect(200);
    const audit = await app.http.get(`/api/admin/audit?accountId=${created.body.id}`).set('Cookie', manager).expect(200);

    expect(updated.body).toMatchObject({ lastName: 'Modifié', roles: ['intervenant', 'support'] });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(['account_updated', 'account_created']);
    expect(audit.body.items[0].before).toMatchObject({ lastName: 'Me', roles: ['intervenant'] });
    expect(audit.body.items[0].after).toMatchObject({ lastName: 'Modifié', roles: ['intervenant', 'support'] });
    expect(audit.body.items[0].actor.email).toBe(managerEmail);
  });

  it('rejects null and unknown fields in an edit', async () => {
    const created = await createViaConsole({ email: 'null.edit@example.fr', firstName: 'Null', lastName: 'Edit', roles: ['intervenant'] }).expect(201);

    await app.http.patch(`/api/admin/accounts/${created.body.id}`).set('Cookie', manager).send({ firstName: null }).expect(400);
    await app.http.patch(`/api/admin/accounts/${created.body.id}`).set('Cookie', manager).send({ passwordHash: 'x' }).expect(400);
    await app.http.patch('/api/admin/accounts/999999').set('Cookie', manager).send({ firstName: 'X' }).expect(404);
    await app.http.get('/api/admin/accounts/abc').set('Cookie', manager).expect(404);
  });

  it('changes the address, tells both and cancels old links', async () => {
    const old = 'old.address@example.fr';
    const created = await createViaConsole({ email: old, firstName: 'Adresse', lastName: 'Changée', roles: ['intervenant'] }).expect(201);
    const oldLink = await obtainResetLink(app, old, 2);

    await app.http.patch(`/api/admin/accounts/${created.body.id}`).set('Cookie', manager).send({ email: 'New.Address@example.fr' }).expect(200);
    await app.flushMail();

    await app.http.get(oldLink.apiPath).expect(410);
    const toOld = await app.smtp.waitForMessageTo(old, 3);
    const toNew = await app.smtp.waitForMessageTo('new.address@example.fr');
    expect(toOld.subject).toBe('Changement de l’adresse mail de votre compte DPECothèque');
    expect(toOld.text).toContain('n***@example.fr');
    expect(toNew.subject).toBe('Votre compte DPECothèque utilise désormais cette adresse');
    const audit = await app.http.get(`/api/admin/audit?accountId=${created.body.id}&action=email_changed`).set('Cookie', manager).expect(200);
    expect(audit.body.items[0].before.email).toBe(old);
    expect(audit.body.items[0].after.email).toBe('new.address@example.fr');
  });

  it('refuses to take an address already used', async () => {
    const first = await createViaConsole({ email: 'taken.one@example.fr', firstName: 'A', lastName: 'B', roles: ['intervenant'] }).expect(201);
    await createViaConsole({ email: 'taken.two@example.fr', firstName: 'C', lastName: 'D', roles: ['intervenant'] }).expect(201);

    const response = await app.http.patch(`/api/admin/accounts/${first.body.id}`).set('Cookie', manager).send({ email: 'TAKEN.two@example.fr' });

    expect(response.status).toBe(409);
    const unchanged = await app.http.get(`/api/admin/accounts/${first.body.id}`).set('Cookie', manager).expect(200);
    expect(unchanged.body.email).toBe('taken.one@example.fr');
  });

  it('protects the gestionnaire from locking themself out', async () => {
    const removeRole = await app.http.patch(`/api/admin/accounts/${managerId}`).set('Cookie', manager).send({ roles: ['intervenant'] });
    const disableSelf = await app.http.post(`/api/admin/accounts/${managerId}/disable`).set('Cookie', manager);

    expect(removeRole.status).toBe(400);
    expect(removeRole.body.message).toBe('Vous ne pouvez pas retirer votre propre rôle de gestionnaire.');
    expect(disableSelf.status).toBe(400);
    expect(disableSelf.body.message).toBe('Vous ne pouvez pas désactiver votre propre compte.');
  });

  it('disables an account, ending its sessions, and re-enables it', async () => {
    const email = 'to.disable@example.fr';
    const cookie = await loggedInAs(app, email, ['intervenant']);
    const id = (await app.http.get('/api/auth/me').set('Cookie', cookie)).body.id;

    const disabled = await app.http.post(`/api/admin/accounts/${id}/disable`).set('Cookie', manager).expect(200);

    expect(disabled.body.disabled).toBe(true);
    await app.http.get('/api/auth/me').set('Cookie', cookie).expect(401);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(401);

    await app.http.post(`/api/admin/accounts/${id}/enable`).set('Cookie', manager).expect(200);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(200);
  });

  it('unlocks a locked account', async () => {
    const email = 'to.unlock@example.fr';
    await loggedInAs(app, email, ['intervenant']);
    for (let attempt = 0; attempt < 10; attempt++) {
      app.clock.advance(600_000);
      await login(app, email, 'Mauvais-Passe31');
    }
    // Moving the clock 100 minutes ended the gestionnaire's idle session too.
    manager = sessionCookie(await login(app, managerEmail, GOOD_PASSWORD));
    const listed = await app.http.get('/api/admin/accounts?status=locked').set('Cookie', manager).expect(200);
    const locked = listed.body.items.find((item: { email: string }) => item.email === email);
    expect(locked.locked).toBe(true);

    const unlocked = await app.http.post(`/api/admin/accounts/${locked.id}/unlock`).set('Cookie', manager).expect(200);

    expect(unlocked.body.locked).toBe(false);
    expect((await login(app, email, GOOD_PASSWORD)).status).toBe(200);
  });

  it('sends a new first-connection e-mail', async () => {
    const created = await createViaConsole({ email: 'again.welcome@example.fr', firstName: 'Encore', lastName: 'Bienvenue', roles: ['intervenant'] }).expect(201);

    await app.http.post(`/api/admin/accounts/${created.body.id}/first-connection-email`).set('Cookie', manager).expect(204);
    await app.flushMail();

    expect((await app.smtp.waitForMessageTo('again.welcome@example.fr', 2)).subject).toBe('Bienvenue sur DPECothèque');
  });

  it('previews an import without writing', async () => {
    const response = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture('utf8-semicolon.csv')).expect(200);

    expect(response.body).toMatchObject({ encoding: 'utf-8', separator: ';', validCount: 3, invalidCount: 0 });
    expect(response.body.lines[2]).toMatchObject({ line: 4, email: 'agathe.mercier@example.fr', lastName: 'Mercier; épouse Roy', roles: ['gestionnaire', 'support'] });
    expect(response.body.lines[1].roles).toEqual(['intervenant']);
    const search = await app.http.get('/api/admin/accounts?q=helene').set('Cookie', manager).expect(200);
    expect(search.body.total).toBe(0);
  });

  it.each([
    ['utf8-semicolon.csv', 'utf-8', ';', ['helene.lefevre@example.fr', 'Hélène', 'Lefèvre']],
    ['utf8-bom-comma.csv', 'utf-8', ',', ['loic.garnier@example.fr', 'Loïc', 'Garnier, dit "Lolo"']],
    ['windows-1252.csv', 'windows-1252', ';', ['ines.cote@example.fr', 'Inès', 'Côté']],
  ])('imports %s once', async (file, encoding, separator, [email, firstName, lastName]) => {
    const preview = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture(file)).expect(200);
    expect(preview.body).toMatchObject({ encoding, separator, invalidCount: 0 });

    const first = await app.http.post('/api/admin/accounts/import').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture(file)).expect(200);
    const again = await app.http.post('/api/admin/accounts/import').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture(file)).expect(200);

    expect(first.body.created).toBe(preview.body.validCount);
    expect(again.body).toEqual({ created: 0, skipped: preview.body.lines.length });
    const found = await app.http.get(`/api/admin/accounts?q=${encodeURIComponent(email)}`).set('Cookie', manager).expect(200);
    expect(found.body.items[0]).toMatchObject({ email, firstName, lastName });
    await app.flushMail();
    expect((await app.smtp.waitForMessageTo(email)).subject).toBe('Bienvenue sur DPECothèque');
  });

  it('reports every kind of problem line by line', async () => {
    await createViaConsole({ email: 'existe.deja@example.fr', firstName: 'Eric', lastName: 'Existant', roles: ['intervenant'] }).expect(201);

    const preview = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture('errors.csv')).expect(200);
    const problems = Object.fromEntries(preview.body.lines.map((line: { line: number; problems: string[] }) => [line.line, line.problems]));

    expect(preview.body.validCount).toBe(2);
    expect(problems[2]).toEqual([]);
    expect(problems[3]).toEqual(["L’adresse mail « pas-une-adresse » n’est pas valide."]);
    expect(problems[4]).toEqual(['Cette adresse figure déjà à la ligne 2 du fichier.']);
    expect(problems[5]).toEqual(['Un compte utilise déjà cette adresse.']);
    expect(preview.body.lines.filter((line: { alreadyExists: boolean }) => line.alreadyExists).map((line: { line: number }) => line.line)).toEqual([5]);
    expect(problems[6]).toEqual(['Rôle inconnu : « directeur » (rôles possibles : intervenant, gestionnaire, support).']);
    expect(problems[7]).toEqual(['Le nom est manquant.']);
    expect(problems[8]).toEqual(["L’adresse mail est manquante."]);
    expect(problems[10]).toEqual([]);

    const result = await app.http.post('/api/admin/accounts/import').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture('errors.csv')).expect(200);
    expect(result.body).toEqual({ created: 2, skipped: 6 });
  });

  it('rejects a file without the expected columns', async () => {
    const response = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).set('Content-Type', 'text/csv').send(fixture('bad-header.csv'));
    const empty = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).set('Content-Type', 'text/csv').send(Buffer.alloc(0));
    const json = await app.http.post('/api/admin/accounts/import/preview').set('Cookie', manager).send({ file: 'x' });

    expect(response.status).toBe(400);
    expect(response.body.message).toContain('« adresse mail », « prénom » et « nom »');
    expect([400, 415]).toContain(empty.status);
    expect(json.status).toBe(415);
  });

  it('exports CSV that spreadsheets open safely', async () => {
    await createViaConsole({ email: 'formula@example.fr', firstName: '=HYPERLINK("http://127.0.0.1")', lastName: '+Échec;"cité"', roles: ['intervenant'] }).expect(201);

    const response = await app.http.get('/api/admin/accounts/export?q=formula').set('Cookie', manager).buffer(true).parse((res, callback) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => callback(null, Buffer.concat(chunks)));
    });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="comptes-dpecotheque-\d{4}-\d{2}-\d{2}\.csv"/);
    const body = response.body as Buffer;
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('Adresse mail;Prénom;Nom;Rôles;Statut;Dernière connexion;Créé le');
    expect(lines[1]).toMatch(/^formula@example\.fr;"'=HYPERLINK\(""http:\/\/127\.0\.0\.1""\)";"'\+Échec;""cité""";Intervenant;Jamais connecté;;/);
  });

  it('filters the audit log', async () => {
    const byActor = await app.http.get(`/api/admin/audit?actor=${encodeURIComponent(managerEmail.toUpperCase())}&action=account_created&pageSize=5`).set('Cookie', manager).expect(200);
    const byAccount = await app.http.get('/api/admin/audit?account=nadia.haddad%40example.fr').set('Cookie', manager).expect(200);
    const future = await app.http.get('/api/admin/audit?from=2999-01-01').set('Cookie', manager).expect(200);
    const today = new Date().toISOString().slice(0, 10);
    const withinToday = await app.http.get(`/api/admin/audit?from=${today}&to=${today}&pageSize=1`).set('Cookie', manager).expect(200);

    expect(byActor.body.items).toHaveLength(5);
    expect(byActor.body.total).toBeGreaterThan(5);
    expect(byActor.body.items.every((entry: { action: string }) => entry.action === 'account_created')).toBe(true);
    expect(byAccount.body.items.map((entry: { accountEmail: string }) => entry.accountEmail)).toEqual(['nadia.haddad@example.fr']);
    expect(future.body.total).toBe(0);
    expect(withinToday.body.total).toBeGreaterThan(0);
    await app.http.get('/api/admin/audit?from=hier').set('Cookie', manager).expect(400);
  });

  it('lets the new owner set a password and log in', async () => {
    const link = await obtainResetLink(app, 'nadia.haddad@example.fr', 2);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);

    const response = await login(app, 'nadia.haddad@example.fr', GOOD_PASSWORD);

    expect(response.status).toBe(200);
    expect(sessionCookie(response)).toBeTruthy();
  });
});
