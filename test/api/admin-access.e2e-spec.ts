import { loggedInAs } from '../support/journey';
import { startTestApp, TestApp } from '../support/test-app';
import { testDatabaseKinds } from '../support/test-databases';

interface Route {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  path: string;
}

describe.each(testDatabaseKinds())('admin route access on %s', (kind) => {
  let app: TestApp;
  let routes: Route[];
  let intervenantCookie: string;
  let supportCookie: string;

  beforeAll(async () => {
    app = await startTestApp(kind);
    intervenantCookie = await loggedInAs(app, 'simple.intervenant@example.fr', ['intervenant']);
    supportCookie = await loggedInAs(app, 'agent.support@example.fr', ['support']);

    const document = await app.http.get('/api/docs-json').expect(200);
    routes = Object.entries(document.body.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/admin/'))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => ({ method: method as Route['method'], path: path.replace(/\{[^}]+\}/g, '1') })),
      );
  });

  afterAll(async () => {
    await app.close();
  });

  it('finds the admin routes in OpenAPI', () => {
    const described = routes.map((route) => `${route.method} ${route.path}`);

    expect(described).toEqual(
      expect.arrayContaining([
        'get /api/admin/accounts',
        'post /api/admin/accounts',
        'get /api/admin/accounts/1',
        'patch /api/admin/accounts/1',
        'post /api/admin/accounts/import/preview',
        'get /api/admin/accounts/export',
        'get /api/admin/audit',
        'get /api/admin/security-events',
      ]),
    );
  });

  it('answers 401 to anonymous callers on every admin route', async () => {
    for (const route of routes) {
      const response = await app.http[route.method](route.path).send({});
      expect({ route, status: response.status }).toEqual({ route, status: 401 });
    }
  });

  it('answers 403 to an intervenant on every admin route', async () => {
    for (const route of routes) {
      const response = await app.http[route.method](route.path).set('Cookie', intervenantCookie).send({});
      expect({ route, status: response.status }).toEqual({ route, status: 403 });
      expect(response.body.message).toBe("Vous n’avez pas les droits nécessaires pour cette action.");
    }
  });

  it('answers 403 to support on the account console', async () => {
    for (const route of routes.filter((candidate) => candidate.path.startsWith('/api/admin/accounts'))) {
      const response = await app.http[route.method](route.path).set('Cookie', supportCookie).send({});
      expect({ route, status: response.status }).toEqual({ route, status: 403 });
    }
  });
});
