import type { Server } from 'node:http';
import request, { Test } from 'supertest';

export type HttpClient = Pick<ReturnType<typeof request>, 'get' | 'head' | 'post' | 'put' | 'patch' | 'delete'>;

/** Reads the XSRF-TOKEN cookie that the API sets on a first GET. */
export async function fetchCsrfToken(server: Server): Promise<string> {
  const response = await request(server).get('/api/health/live');
  const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
  const cookie = cookies.find((value) => value.startsWith('XSRF-TOKEN='));
  if (cookie === undefined) {
    throw new Error(`no XSRF-TOKEN cookie in ${JSON.stringify(cookies)}`);
  }
  return decodeURIComponent(cookie.split(';')[0].slice('XSRF-TOKEN='.length));
}

/**
 * Sends the CSRF cookie and header with every request, as the portal does. A
 * `Cookie` header set by a test is kept and the CSRF cookie added to it.
 */
function withCsrf(test: Test, token: string): Test {
  const csrfCookie = `XSRF-TOKEN=${encodeURIComponent(token)}`;
  const originalSet = test.set.bind(test) as (field: string, value: string) => Test;

  originalSet('Cookie', csrfCookie);
  originalSet('X-XSRF-TOKEN', token);
  // superagent's set() replaces a header, so a test's session cookie would drop the CSRF cookie.
  (test as unknown as { set: (field: string, value: string) => Test }).set = (field: string, value: string) =>
    field.toLowerCase() === 'cookie' ? originalSet('Cookie', `${value}; ${csrfCookie}`) : originalSet(field, value);
  return test;
}

export function csrfClient(server: Server, token: string): HttpClient {
  const client = request(server);
  return {
    get: (url: string) => withCsrf(client.get(url), token),
    head: (url: string) => withCsrf(client.head(url), token),
    post: (url: string) => withCsrf(client.post(url), token),
    put: (url: string) => withCsrf(client.put(url), token),
    patch: (url: string) => withCsrf(client.patch(url), token),
    delete: (url: string) => withCsrf(client.delete(url), token),
  } as HttpClient;
}
