// Front for the development mailbox. maildev 3 serves its page correctly only at
// `/` and only to clients that accept text/html (others get a 404), while its
// `/index.html` lacks the <base> tag that its scripts need. This proxy serves the
// working page at both paths to every client, and passes everything else through,
// WebSocket upgrades included.
import { request as httpRequest, createServer } from 'node:http';
import { connect } from 'node:net';

function isPagePath(url) {
  const path = (url ?? '/').split('?')[0];
  return path === '/' || path === '/index.html';
}

/** Listens on 127.0.0.1:`publicPort` and forwards to maildev's web port; resolves once listening. */
export function startMailboxProxy(publicPort, upstreamPort) {
  const server = createServer((request, response) => {
    const page = request.method === 'GET' && isPagePath(request.url);
    const headers = { ...request.headers, host: `127.0.0.1:${upstreamPort}` };
    if (page) {
      headers.accept = 'text/html';
    }

    const upstream = httpRequest(
      { host: '127.0.0.1', port: upstreamPort, method: request.method, path: page ? '/' : request.url, headers },
      (upstreamResponse) => {
        response.writeHead(upstreamResponse.statusCode ?? 502, upstreamResponse.headers);
        upstreamResponse.pipe(response);
      },
    );
    upstream.on('error', () => {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('The development mailbox does not respond.');
    });
    request.pipe(upstream);
  });

  server.on('upgrade', (request, socket, head) => {
    const upstream = connect(upstreamPort, '127.0.0.1', () => {
      const lines = [`${request.method} ${request.url} HTTP/${request.httpVersion}`];
      for (let index = 0; index < request.rawHeaders.length; index += 2) {
        lines.push(`${request.rawHeaders[index]}: ${request.rawHeaders[index + 1]}`);
      }
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      upstream.write(head);
      socket.pipe(upstream).pipe(socket);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(publicPort, '127.0.0.1', () => resolve(server));
  });
}
