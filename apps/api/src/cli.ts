import 'reflect-metadata';
import { ROLES, Role } from '@dpec/contracts';
import { NestFactory } from '@nestjs/core';
import { parseArgs } from 'node:util';
import { AccountsService } from './accounts/accounts.service';
import { AppModule } from './app.module';
import { ApiException } from './common/api-exception';
import { validateBody } from './common/validation';
import { ConfigError, loadConfig } from './config/app-config';
import { CreateAccountDto } from './accounts/create-account.dto';

const USAGE = `Usage: npm run cli -- create-account --email E --first-name F --last-name L --role R [--role R2]

Commands:
  create-account   Creates an account without a password and prints its id.
                   Roles: ${ROLES.join(', ')} (repeat --role or separate with commas).
                   The owner sets a password through "Première connexion ou mot de passe oublié".`;

class UsageError extends Error {}

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
  if (roles.length === 0 || unknown.length > 0) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}${unknown.length > 0 ? `, got "${unknown.join(', ')}"` : ''}.`);
  }

  return Object.assign(new CreateAccountDto(), {
    email: values.email,
    firstName: values['first-name'],
    lastName: values['last-name'],
    roles,
  });
}

async function createAccount(args: string[]): Promise<void> {
  const input = await validateBody(CreateAccountDto, { ...parseCreateAccount(args) });
  const config = { ...loadConfig(), startOutboxWorker: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error', 'warn'] });

  try {
    const account = await app.get(AccountsService).create(input);
    console.log(account.id);
  } finally {
    await app.close();
  }
}

function describeError(error: unknown): string {
  if (error instanceof ApiException) {
    const fields = Object.entries(error.body.fields ?? {}).map(([field, messages]) => `  ${field}: ${messages.join(' ')}`);
    return [error.body.message, ...fields].join('\n');
  }
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    if (command === 'create-account') {
      await createAccount(args);
      return 0;
    }
    console.error(command === undefined || command === '--help' ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
    return command === '--help' ? 0 : 2;
  } catch (error) {
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    console.error(describeError(error));
    if (usage) {
      console.error(`\n${USAGE}`);
    }
    return error instanceof ConfigError || error instanceof ApiException || usage ? 2 : 1;
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
