import 'reflect-metadata';
import { ROLES, Role } from '@dpec/contracts';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AccountsService } from './accounts/accounts.service';
import { CreateAccountDto } from './accounts/create-account.dto';
import { AppModule } from './app.module';
import { ApiException } from './common/api-exception';
import { validateBody } from './common/validation';
import { ConfigError, loadConfig } from './config/app-config';
import { SecurityEventsService } from './security-events/security-events.service';

const USAGE = `Usage:
  npm run cli -- create-account --email E --first-name F --last-name L --role R [--role R2]
      Creates an account without a password and prints its id. Roles: ${ROLES.join(', ')}
      (repeat --role or separate roles with commas). The owner then sets a password
      through "Première connexion ou mot de passe oublié".
  npm run cli -- security-events --email E [--limit N]
      Prints the newest security events of the account (default 50, at most 1000).`;

/** Command-line option of each DTO field, so that errors name what the operator typed. */
const OPTION_OF_FIELD: Record<string, string> = { email: '--email', firstName: '--first-name', lastName: '--last-name', roles: '--role' };

/** A mistake in the command line: the usage text follows the message. */
class UsageError extends Error {}

/** A command that cannot proceed for a reason the operator must fix. */
class CommandError extends Error {}

function requireOption(value: string | undefined, option: string): string {
  if (value === undefined) {
    throw new UsageError(`Missing option ${option}.`);
  }
  return value;
}

function parseCreateAccount(args: string[]): CreateAccountDto {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
      role: { type: 'string', multiple: true },
    },
    strict: true,
  });

  const roles = (values.role ?? []).flatMap((role) => role.split(',')).map((role) => role.trim().toLowerCase());
  const unknown = roles.filter((role) => !ROLES.includes(role as Role));
  if (roles.length === 0) {
    throw new UsageError(`Missing option --role (one of ${ROLES.join(', ')}).`);
  }
  if (unknown.length > 0) {
    throw new UsageError(`Unknown role "${unknown.join(', ')}": --role must be one of ${ROLES.join(', ')}.`);
  }

  return Object.assign(new CreateAccountDto(), {
    email: requireOption(values.email, '--email'),
    firstName: requireOption(values['first-name'], '--first-name'),
    lastName: requireOption(values['last-name'], '--last-name'),
    roles,
  });
}

async function withApplication<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const config = { ...loadConfig(), startOutboxWorker: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

async function createAccount(args: string[], output: CliOutput): Promise<void> {
  const input = await validateBody(CreateAccountDto, { ...parseCreateAccount(args) });

  const account = await withApplication((app) => app.get(AccountsService).create(input));
  output.log(String(account.id));
}

async function listSecurityEvents(args: string[], output: CliOutput): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, limit: { type: 'string' } }, strict: true });
  const email = requireOption(values.email, '--email');
  const limit = Number(values.limit ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new UsageError(`--limit must be a whole number from 1 to 1000, got "${values.limit}".`);
  }

  await withApplication(async (app) => {
    const account = await app.get(AccountsService).findByEmail(email);
    if (account === null) {
      throw new CommandError(`No account uses the address "${email.trim()}".`);
    }
    const events = await app.get(SecurityEventsService).listForAccount(account.id, limit);
    output.log(`Security events of account ${account.id}, newest first (${events.length}):`);
    for (const event of events) {
      output.log([event.createdAt, event.type.padEnd(17), (event.detail ?? '-').padEnd(22), event.clientAddress ?? '-', event.userAgent ?? '-'].join('  '));
    }
  });
}

function describeError(error: unknown): string {
  if (error instanceof ApiException) {
    const fields = Object.entries(error.body.fields ?? {}).map(([field, messages]) => `  ${OPTION_OF_FIELD[field] ?? field}: ${messages.join(' ')}`);
    return [error.body.message, ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

const COMMANDS: Record<string, (args: string[], output: CliOutput) => Promise<void>> = {
  'create-account': createAccount,
  'security-events': listSecurityEvents,
};

/** Output streams of a run, replaced by tests. */
export interface CliOutput {
  log(line: string): void;
  error(line: string): void;
}

/** Runs one command line and returns the process exit code: 0 done, 1 failure, 2 operator error. */
export async function runCli(argv: string[], output: CliOutput = console): Promise<number> {
  const [command, ...args] = argv;
  const wantsHelp = command === undefined || command === '--help' || args.includes('--help');
  if (wantsHelp) {
    output.log(USAGE);
    return command === undefined ? 2 : 0;
  }

  const run = COMMANDS[command];
  if (run === undefined) {
    output.error(`Unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }

  try {
    await run(args, output);
    return 0;
  } catch (error) {
    // parseArgs throws a TypeError with a code such as ERR_PARSE_ARGS_UNKNOWN_OPTION.
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    output.error(describeError(error));
    if (usage) {
      output.error(`\n${USAGE}`);
    }
    return error instanceof ConfigError || error instanceof ApiException || error instanceof CommandError || usage ? 2 : 1;
  }
}
