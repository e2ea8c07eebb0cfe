// `npm run cli -- COMMAND ...`: builds the API if needed, then runs its command-line entry.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import dotenv from 'dotenv';
import { buildIfNeeded } from './build-if-needed.mjs';

const root = new URL('..', import.meta.url).pathname;
process.chdir(root);
if (existsSync('.env')) {
  dotenv.config({ path: '.env', quiet: true });
}

buildIfNeeded(['api']);
const result = spawnSync(process.execPath, [join(root, 'dist/apps/api/cli.js'), ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
