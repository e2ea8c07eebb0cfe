import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApplication } from './app.factory';
import { ConfigError, loadConfig } from './config/app-config';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await createApplication(config);
  await app.listen(config.port, process.env.HOST ?? '127.0.0.1');

  new Logger('Bootstrap').log(`DPECothèque listening on ${config.publicUrl} (API docs at ${config.publicUrl}/api/docs)`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    // A configuration error is the operator's to fix: print the sentence, not a stack.
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
