// Builds the API bundle and the portal when they are missing or older than their sources.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestModification(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) {
    return stats.mtimeMs;
  }
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestModification(join(path, entry))), stats.mtimeMs);
}

function isStale(output, sources) {
  const outputPath = join(root, output);
  if (!existsSync(outputPath)) {
    return true;
  }
  const built = statSync(outputPath).mtimeMs;
  return sources.some((source) => existsSync(join(root, source)) && newestModification(join(root, source)) > built);
}

function run(script) {
  console.log(`> npm run ${script}`);
  execFileSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit', env: { ...process.env, NG_CLI_ANALYTICS: 'false' } });
}

/** Builds what `parts` ('api', 'portal') need; returns nothing, throws if a build fails. */
export function buildIfNeeded(parts = ['api', 'portal']) {
  const libs = 'libs';
  if (parts.includes('api') && (isStale('dist/apps/api/main.js', ['apps/api/src', libs]) || isStale('dist/apps/api/cli.js', ['apps/api/src', libs]))) {
    run('build:api');
  }
  if (parts.includes('portal') && isStale('dist/portal/browser/index.html', ['apps/portal/src', libs, 'angular.json'])) {
    run('build:portal');
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  buildIfNeeded(process.argv.slice(2).length > 0 ? process.argv.slice(2) : undefined);
}
