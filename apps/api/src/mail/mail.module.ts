import { Global, Module } from '@nestjs/common';
import { join } from 'node:path';
import { MailerModule } from '@nestjs-modules/mailer';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { templatesDirectory } from './mail-templates';
import { OutboxWorker } from './outbox-worker';
import { OutboxService } from './outbox.service';

// The package exports the adapter as `adapters/*` only, a path that this project's
// node10 module resolution cannot type, so the types come from the file itself.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HandlebarsAdapter } = require('@nestjs-modules/mailer/adapters/handlebars.adapter') as typeof import('@nestjs-modules/mailer/dist/adapters/handlebars.adapter');

@Global()
@Module({
  imports: [
    MailerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        transport: config.smtpUrl,
        defaults: { from: config.mailFrom },
        template: {
          dir: templatesDirectory(),
          adapter: new HandlebarsAdapter(undefined, { inlineCssEnabled: false }),
          options: { strict: true },
        },
        options: { partials: { dir: join(templatesDirectory(), 'partials'), options: { strict: true } } },
      }),
    }),
  ],
  providers: [OutboxService, OutboxWorker],
  exports: [OutboxService, OutboxWorker],
})
export class MailModule {}
