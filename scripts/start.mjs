// `npm start`: builds what is missing, starts a development mailbox unless SMTP_URL
// is set, then serves the API and the portal.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (existsSync('.env')) {
  // Variables already in the environment win over the file.
  dotenv.config({ path: '.env', quiet: true });
}

const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT ?? 1025);
const MAILBOX_WEB_PORT = Number(process.env.MAILBOX_WEB_PORT ?? 1080);

const children = [];

function stopAll(code) {
  for (const child of children) {
    child.kill('SIGTERM');
  }
  process.exitCode = code;
}

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = createConnection({ host: '127.0.0.1', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) {
          reject(new Error(`no response on 127.0.0.1:${port} after ${timeoutMs} ms`));
        } else {
          setTimeout(attempt, 200);
        }
      });
    };
    attempt();
  });
}

async function startMailbox() {
  const mailbox = spawn(
    process.execPath,
    [
      join(root, 'node_modules/maildev/dist/bin/maildev.js'),
      '--smtp', String(MAILBOX_SMTP_PORT),
      '--ip', '127.0.0.1',
      '--web', String(MAILBOX_WEB_PORT),
      '--web-ip', '127.0.0.1',
      '--silent',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  children.push(mailbox);
  mailbox.on('exit', (code) => {
    console.error(`development mailbox stopped (exit code ${code}); is port ${MAILBOX_SMTP_PORT} or ${MAILBOX_WEB_PORT} already in use?`);
    stopAll(1);
  });

  await waitForPort(MAILBOX_SMTP_PORT, 15000);
  process.env.SMTP_URL = `smtp://127.0.0.1:${MAILBOX_SMTP_PORT}`;
  // maildev 3 serves its page at /index.html; its root path returns 404.
  return `http://127.0.0.1:${MAILBOX_WEB_PORT}/index.html`;
}

async function main() {
  buildIfNeeded();

  const mailboxUrl = process.env.SMTP_URL ? undefined : await startMailbox();
  const port = process.env.PORT ?? '3000';

  const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], { stdio: 'inherit', env: process.env });
  children.push(api);
  api.on('exit', (code) => stopAll(code ?? 1));

  await waitForPort(Number(port), 60000);
  console.log('');
  console.log(`DPECothèque:          ${process.env.PUBLIC_URL ?? `http://localhost:${port}`}`);
  console.log(mailboxUrl ? `Development mailbox:  ${mailboxUrl}` : `E-mails go to ${process.env.SMTP_URL}`);
  console.log('Create an account:    npm run cli -- create-account --email E --first-name F --last-name L --role intervenant');
  console.log('Stop with Ctrl+C.');
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => stopAll(0));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  stopAll(1);
});
