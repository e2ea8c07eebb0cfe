import { Account } from '../../apps/api/src/accounts/account.entity';
import { SupportService } from '../../apps/api/src/address-requests/support.service';
import { GOOD_PASSWORD, login, loggedInAs, newCaptchaId, resetLinkIn } from '../support/journey';
import { startTestApp, TEST_CAPTCHA_CODE, TEST_PUBLIC_URL, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

const RECEIPT = 'Votre demande a bien été enregistrée. Un message de confirmation avec sa référence vient d’être envoyé à votre adresse de contact. Le support du SIEC vous répondra à cette adresse.';

describe.each(testDatabaseKinds())('address requests on %s', (kind) => {
  let app: TestApp;
  let supportCookie: string;
  let managerCookie: string;
  let sequence = 0;

  function form(overrides: Record<string, unknown> = {}): Record<string, unknown> {
    sequence += 1;
    return {
      lastName: 'Moreau',
      firstName: 'Léa',
      triedEmail: `lea.moreau.${sequence}@ancien.example.fr`,
      contactEmail: `lea.${sequence}@nouveau.example.fr`,
      otherEmails: [],
      roleOrExam: 'Correctrice BTS',
      message: 'Je ne retrouve pas mon compte.',
      ...overrides,
    };
  }

  async function submit(body: Record<string, unknown>) {
    return app.http.post('/api/address-requests').send({ ...body, captchaId: await newCaptchaId(app), captchaCode: TEST_CAPTCHA_CODE });
  }

  async function detailOf(reference: string) {
    const list = await app.http.get(`/api/admin/address-requests?q=${reference}`).set('Cookie', supportCookie).expect(200);
    const id = list.body.items[0].id;
    return (await app.http.get(`/api/admin/address-requests/${id}`).set('Cookie', supportCookie).expect(200)).body;
  }

  beforeAll(async () => {
    app = await startTestApp(kind);
    supportCookie = await loggedInAs(app, 'agent.support@example.fr', ['support']);
    managerCookie = await loggedInAs(app, 'gestion.siec@example.fr', ['gestionnaire']);
  });

  afterAll(async () => {
    await app.close();
  });

  it('files a request and acknowledges it by e-mail', async () => {
    const body = form();
    const response = await submit(body);

    expect(response.status).toBe(201);
    expect(response.body.reference).toMatch(/^AI-\d{4}-\d{6}$/);
    expect(response.body.message).toBe(RECEIPT);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(body.contactEmail as string);
    expect(mail.subject).toBe('Votre demande « adresse introuvable » a bien été reçue');
    expect(mail.text).toContain(response.body.reference);
  });

  it('answers the same whether or not an account matches', async () => {
    await app.createAccount({ email: 'existing.person@example.fr', firstName: 'Existing', lastName: 'Person' });

    const matching = await submit(form({ triedEmail: 'existing.person@example.fr', firstName: 'Existing', lastName: 'Person' }));
    const unknown = await submit(form({ triedEmail: 'nobody.known@example.fr', firstName: 'Nobody', lastName: 'Known' }));

    expect(matching.status).toBe(unknown.status);
    expect(Object.keys(matching.body)).toEqual(Object.keys(unknown.body));
    expect(matching.body.message).toBe(unknown.body.message);
  });

  it('validates the form in French', async () => {
    const cases: Array<Record<string, unknown>> = [
      form({ lastName: '' }),
      form({ contactEmail: 'pas-une-adresse' }),
      form({ otherEmails: ['a@example.fr', 'b@example.fr', 'c@example.fr', 'd@example.fr', 'e@example.fr', 'f@example.fr'] }),
      form({ otherEmails: 'a@example.fr' }),
      form({ otherEmails: ['pas-une-adresse'] }),
      form({ message: 'x'.repeat(2001) }),
      form({ roleOrExam: null }),
      form({ firstName: ['Léa'] }),
    ];

    for (const body of cases) {
      const response = await submit(body);
      expect({ body, status: response.status }).toEqual({ body, status: 400 });
      expect(response.body.message).toBe('Certains champs sont invalides. Corrigez-les puis réessayez.');
    }
  });

  it('requires the captcha on the public form', async () => {
    const response = await app.http.post('/api/address-requests').send({ ...form(), captchaId: await newCaptchaId(app), captchaCode: 'ZZZZ' });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('CAPTCHA_INVALID');
  });

  it('limits requests per contact address', async () => {
    const contactEmail = `flood.${kind}@example.fr`;
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      statuses.push((await submit(form({ contactEmail }))).status);
    }

    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('accepts server-to-server requests with a live key only', async () => {
    const created = await app.http.post('/api/admin/api-keys').set('Cookie', managerCookie).send({ name: 'Portail Intervenants - test' }).expect(201);
    const key: string = created.body.key;
    const listed = await app.http.get('/api/admin/api-keys').set('Cookie', managerCookie).expect(200);

    expect(key).toMatch(/^dpec_[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body[0].prefix).toBe(key.slice(0, 12));

    const filed = await app.rawHttp.post('/api/intake/address-requests').set('Authorization', `Bearer ${key}`).send(form());
    expect(filed.status).toBe(201);
    const detail = await detailOf(filed.body.reference);
    expect(detail.source).toBe('Portail Intervenants - test');

    const noKey = await app.rawHttp.post('/api/intake/address-requests').send(form());
    const wrongKey = await app.rawHttp.post('/api/intake/address-requests').set('Authorization', `Bearer dpec_${'x'.repeat(43)}`).send(form());
    expect(noKey.status).toBe(401);
    expect(wrongKey.status).toBe(401);

    await app.http.delete(`/api/admin/api-keys/${created.body.id}`).set('Cookie', managerCookie).expect(200);
    const revoked = await app.rawHttp.post('/api/intake/address-requests').set('Authorization', `Bearer ${key}`).send(form());
    expect(revoked.status).toBe(401);
    expect(revoked.body.message).toContain("Clé d’API absente, inconnue ou révoquée");
  });

  it('finds candidates by name and by every address given', async () => {
    await app.createAccount({ email: 'genevieve.roux@ancien.example.fr', firstName: 'Geneviève', lastName: 'Roux' });
    await app.createAccount({ email: 'autre.roux@example.fr', firstName: 'Paul', lastName: 'ROUX' });
    await app.createAccount({ email: 'g.roux@vieux.example.fr', firstName: 'Gene', lastName: 'Rouxel' });

    const filed = await submit(form({ firstName: 'genevieve', lastName: 'Roux', triedEmail: 'genevieve.roux@nouveau.example.fr', otherEmails: ['G.Roux@vieux.example.fr'] }));
    const detail = await detailOf(filed.body.reference);
    const reasons = Object.fromEntries(detail.candidates.map((candidate: { account: { email: string }; reasons: string[] }) => [candidate.account.email, candidate.reasons]));

    expect(reasons['genevieve.roux@ancien.example.fr']).toEqual(['même nom et prénom']);
    expect(reasons['autre.roux@example.fr']).toEqual(['même nom']);
    expect(reasons['g.roux@vieux.example.fr']).toEqual(['autre adresse indiquée']);
  });

  it('resolves by changing the account address, then the person logs in', async () => {
    const oldAddress = 'martine.colin@ancien.example.fr';
    await app.createAccount({ email: oldAddress, firstName: 'Martine', lastName: 'Colin' });
    const contactEmail = 'martine.colin@nouveau.example.fr';
    const filed = await submit(form({ firstName: 'Martine', lastName: 'Colin', triedEmail: contactEmail, contactEmail }));
    const detail = await detailOf(filed.body.reference);
    const candidate = detail.candidates.find((entry: { account: { email: string } }) => entry.account.email === oldAddress);

    await app.http.post(`/api/admin/address-requests/${detail.id}/assign`).set('Cookie', supportCookie).expect(200);
    const resolved = await app.http.post(`/api/admin/address-requests/${detail.id}/resolve`).set('Cookie', supportCookie).send({ accountId: candidate.account.id }).expect(200);

    expect(resolved.body.status).toBe('resolved');
    expect(resolved.body.history.map((event: { kind: string }) => event.kind)).toEqual(['created', 'assigned', 'address_changed']);
    await app.flushMail();
    const toOld = await app.smtp.waitForMessageTo(oldAddress);
    expect(toOld.subject).toBe('Changement de l’adresse mail de votre compte DPECothèque');
    const received = app.smtp.messagesTo(contactEmail).map((mail) => mail.subject);
    expect(received).toEqual(expect.arrayContaining(['Votre demande « adresse introuvable » est résolue', 'Demande de réinitialisation de mot de passe']));
    expect(received).not.toContain('Votre compte DPECothèque utilise désormais cette adresse');
    expect(resolved.body.history[2].body).toBe(`Martine Colin (${contactEmail})`);

    const resetMail = app.smtp.messagesTo(contactEmail).find((mail) => mail.subject === 'Demande de réinitialisation de mot de passe');
    expect(resetMail?.text).toContain('à la suite de votre demande « adresse introuvable »');
    expect(resetMail?.text).not.toContain('votre mot de passe actuel reste valable');
    const link = resetLinkIn(resetMail!);
    await app.http.post(link.apiPath).send({ password: GOOD_PASSWORD, confirmation: GOOD_PASSWORD }).expect(204);
    expect((await login(app, contactEmail, GOOD_PASSWORD)).status).toBe(200);

    const audit = await app.http.get(`/api/admin/audit?accountId=${candidate.account.id}`).set('Cookie', managerCookie).expect(200);
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual(expect.arrayContaining(['email_changed', 'address_request_resolved']));
  });

  it('hands over to a gestionnaire who creates the account', async () => {
    const contactEmail = `new.person.${kind}@example.fr`;
    const filed = await submit(form({ firstName: 'Nouvelle', lastName: 'Personne', contactEmail }));
    const detail = await detailOf(filed.body.reference);

    await app.http.post(`/api/admin/address-requests/${detail.id}/hand-over`).set('Cookie', supportCookie).expect(200);
    const supportTry = await app.http.post(`/api/admin/address-requests/${detail.id}/create-account`).set('Cookie', supportCookie).send({ roles: ['intervenant'] });
    const waiting = await app.http.get('/api/admin/address-requests?awaitingAccountCreation=true').set('Cookie', managerCookie).expect(200);
    const created = await app.http.post(`/api/admin/address-requests/${detail.id}/create-account`).set('Cookie', managerCookie).send({ roles: ['intervenant'] }).expect(200);

    expect(supportTry.status).toBe(403);
    expect(waiting.body.items.map((item: { id: number }) => item.id)).toContain(detail.id);
    expect(created.body.status).toBe('resolved');
    const account = await app.dataSource.getRepository(Account).findOneByOrFail({ email: contactEmail });
    expect(account).toMatchObject({ firstName: 'Nouvelle', lastName: 'Personne', roles: ['intervenant'] });
    await app.flushMail();
    expect(app.smtp.messagesTo(contactEmail).map((mail) => mail.subject)).toEqual(
      expect.arrayContaining(['Bienvenue sur DPECothèque', 'Votre demande « adresse introuvable » est résolue']),
    );
  });

  it('rejects with a reason e-mailed to the requester', async () => {
    const body = form();
    const filed = await submit(body);
    const detail = await detailOf(filed.body.reference);

    const invalid = await app.http.post(`/api/admin/address-requests/${detail.id}/reject`).set('Cookie', supportCookie).send({ reason: 'because' });
    const rejected = await app.http
      .post(`/api/admin/address-requests/${detail.id}/reject`)
      .set('Cookie', supportCookie)
      .send({ reason: 'identity_not_confirmed', details: 'Merci de préciser votre établissement.' })
      .expect(200);
    const again = await app.http.post(`/api/admin/address-requests/${detail.id}/assign`).set('Cookie', supportCookie);

    expect(invalid.status).toBe(400);
    expect(rejected.body).toMatchObject({ status: 'rejected', rejectionReason: 'identity_not_confirmed' });
    expect(again.status).toBe(400);
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(body.contactEmail as string, 2);
    expect(mail.subject).toBe('Votre demande « adresse introuvable » n’a pas pu aboutir');
    expect(mail.text).toContain('Les informations fournies ne permettent pas de confirmer votre identité');
    expect(mail.text).toContain('Merci de préciser votre établissement.');
  });

  it('asks for information and reopens on the answer', async () => {
    const body = form();
    const filed = await submit(body);
    const detail = await detailOf(filed.body.reference);

    await app.http.post(`/api/admin/address-requests/${detail.id}/comments`).set('Cookie', supportCookie).send({ body: 'Vérifier avec le centre.' }).expect(200);
    const waiting = await app.http.post(`/api/admin/address-requests/${detail.id}/request-information`).set('Cookie', supportCookie).send({ message: 'Dans quel centre corrigez-vous ?' }).expect(200);
    expect(waiting.body.status).toBe('waiting_for_requester');
    await app.flushMail();
    const mail = await app.smtp.waitForMessageTo(body.contactEmail as string, 2);
    expect(mail.text).toContain('Dans quel centre corrigez-vous ?');
    expect(mail.text).not.toContain('Vérifier avec le centre.');
    const replyPath = new RegExp(`${TEST_PUBLIC_URL}/adresse-introuvable/reponse/(\\d+)/([A-Za-z0-9_-]{40})`).exec(mail.text ?? '');
    expect(replyPath).not.toBeNull();
    const apiPath = `/api/address-requests/replies/${replyPath![1]}/${replyPath![2]}`;

    const prompt = await app.http.get(apiPath).expect(200);
    expect(prompt.body).toEqual({ reference: filed.body.reference, question: 'Dans quel centre corrigez-vous ?' });
    await app.http.post(apiPath).send({ message: 'Au centre de Lyon.' }).expect(204);
    await app.http.post(apiPath).send({ message: 'Encore.' }).expect(410);

    const reopened = await app.http.get(`/api/admin/address-requests/${detail.id}`).set('Cookie', supportCookie).expect(200);
    expect(reopened.body.status).toBe('in_progress');
    expect(reopened.body.history.map((event: { kind: string; internal: boolean }) => `${event.kind}:${event.internal}`)).toEqual([
      'created:false',
      'comment:true',
      'information_requested:false',
      'requester_replied:false',
    ]);
  });

  it('counts open requests and filters the queue', async () => {
    const count = await app.http.get('/api/admin/address-requests/open-count').set('Cookie', supportCookie).expect(200);
    const open = await app.http.get('/api/admin/address-requests?status=open&pageSize=100').set('Cookie', supportCookie).expect(200);
    const mine = await app.http.get('/api/admin/address-requests?assignee=me&pageSize=100').set('Cookie', supportCookie).expect(200);

    expect(count.body.open).toBe(open.body.total);
    expect(open.body.items.every((item: { status: string }) => ['new', 'in_progress', 'waiting_for_requester'].includes(item.status))).toBe(true);
    expect(mine.body.items.every((item: { assignee: { firstName: string } | null }) => item.assignee !== null)).toBe(true);
    await app.http.get('/api/admin/address-requests?status=archived').set('Cookie', supportCookie).expect(400);
    await app.http.get('/api/admin/address-requests?assignee=someone').set('Cookie', supportCookie).expect(400);
  });

  it('refuses intervenants and anonymous callers', async () => {
    const intervenant = await loggedInAs(app, `plain.${kind}@example.fr`, ['intervenant']);

    await app.http.get('/api/admin/address-requests').set('Cookie', intervenant).expect(403);
    await app.http.get('/api/admin/address-requests').expect(401);
    await app.http.get('/api/admin/api-keys').set('Cookie', supportCookie).expect(403);
  });

  it('anonymises closed requests after the retention period', async () => {
    const body = form({ lastName: 'Effacé', firstName: 'Bientôt' });
    const filed = await submit(body);
    const detail = await detailOf(filed.body.reference);
    await app.http.post(`/api/admin/address-requests/${detail.id}/reject`).set('Cookie', supportCookie).send({ reason: 'other', details: 'Donnée personnelle' }).expect(200);

    app.clock.advance(366 * 24 * 3600 * 1000);
    const anonymised = await app.app.get(SupportService).anonymizeExpired();
    supportCookie = await loggedInAs(app, `agent.after.${kind}@example.fr`, ['support']);

    expect(anonymised).toBeGreaterThanOrEqual(1);
    const after = await app.http.get(`/api/admin/address-requests/${detail.id}`).set('Cookie', supportCookie).expect(200);
    expect(after.body).toMatchObject({ reference: filed.body.reference, status: 'rejected', lastName: '—', contactEmail: '', message: null });
    expect(JSON.stringify(after.body)).not.toContain('Donnée personnelle');
    expect(JSON.stringify(after.body)).not.toContain(body.contactEmail);
  });
});
