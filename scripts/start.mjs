// `npm start`: builds what is missing, starts a development mailbox unless SMTP_URL
// is set, then serves the API and the portal.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { buildIfNeeded } from './build-if-needed.mjs';
import { startMailboxProxy } from './mailbox-proxy.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (existsSync('.env')) {
  // Variables already in the environment win over the file.
  dotenv.config({ path: '.env', quiet: true });
}

const MAILBOX_SMTP_PORT = Number(process.env.MAILBOX_SMTP_PORT ?? 1025);
const MAILBOX_WEB_PORT = Number(process.env.MAILBOX_WEB_PORT ?? 1080);

const children = [];
let stopping = false;

function stopAll(code) {
  stopping = true;
  for (const child of children) {
    child.kill('SIGTERM');
  }
  process.exitCode = code;
  // The mailbox proxy keeps a listening socket; nothing else is left to wait for.
  setTimeout(() => process.exit(code), 2000).unref();
}

/** Resolves when nothing listens on 127.0.0.1:`port`, rejects with what to do otherwise. */
function assertPortFree(port, variable) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`Port ${port} is already in use. Stop what uses it, or choose another port with ${variable}=...`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/** Returns a port that nothing listens on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
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
  await assertPortFree(MAILBOX_SMTP_PORT, 'MAILBOX_SMTP_PORT');
  await assertPortFree(MAILBOX_WEB_PORT, 'MAILBOX_WEB_PORT');
  const internalWebPort = await freePort();

  const mailbox = spawn(
    process.execPath,
    [
      join(root, 'node_modules/maildev/dist/bin/maildev.js'),
      '--smtp', String(MAILBOX_SMTP_PORT),
      '--ip', '127.0.0.1',
      '--web', String(internalWebPort),
      '--web-ip', '127.0.0.1',
      '--silent',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  children.push(mailbox);
  mailbox.on('exit', (code) => {
    if (!stopping) {
      console.error(`The development mailbox stopped unexpectedly (exit code ${code}).`);
      stopAll(1);
    }
  });

  await waitForPort(MAILBOX_SMTP_PORT, 15000);
  await waitForPort(internalWebPort, 15000);
  await startMailboxProxy(MAILBOX_WEB_PORT, internalWebPort);
  process.env.SMTP_URL = `smtp://127.0.0.1:${MAILBOX_SMTP_PORT}`;
  return `http://127.0.0.1:${MAILBOX_WEB_PORT}/index.html`;
}

async function main() {
  const port = process.env.PORT ?? '3000';
  await assertPortFree(Number(port), 'PORT');
  buildIfNeeded();

  const mailboxUrl = process.env.SMTP_URL ? undefined : await startMailbox();

  const api = spawn(process.execPath, ['--enable-source-maps', join(root, 'dist/apps/api/main.js')], { stdio: 'inherit', env: process.env });
  children.push(api);
  api.on('exit', (code) => {
    if (!stopping) {
      console.error(`DPECothèque stopped (exit code ${code}).`);
      stopAll(code ?? 1);
    }
  });

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
