import { INestApplication, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';
import { AllExceptionsFilter } from './common/all-exceptions.filter';
import { Clock } from './common/clock';
import { csrfMiddleware } from './common/csrf.middleware';
import { securityHeaders } from './common/security-headers';
import { bodyParserErrorHandler, jsonOnlyMiddleware } from './common/json-body.middleware';
import { requestIdMiddleware } from './common/request-id.middleware';
import { createValidationPipe } from './common/validation';
import { AppConfig } from './config/app-config';

/** Largest JSON body accepted; the biggest legitimate body is a login form. */
const JSON_BODY_LIMIT = '16kb';

/** Largest account import file: 20 000 lines of about 100 bytes fit with room to spare. */
const CSV_BODY_LIMIT = '5mb';

function setUpOpenApi(app: INestApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('DPECothèque accounts and access')
      .setDescription('Login with image code, first connection and password reset by e-mail. Error bodies carry a French `message`.')
      .setVersion('0.1.0')
      .addCookieAuth('dpec_session')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
}

/** Serves the built portal and sends every non-API path to its index.html. */
function servePortal(app: NestExpressApplication, portalDir: string): void {
  app.useStaticAssets(portalDir, { index: false, maxAge: '1h' });
  const indexFile = join(portalDir, 'index.html');

  app.use((request: Request, response: Response, next: NextFunction) => {
    const isPage = (request.method === 'GET' || request.method === 'HEAD') && !request.path.startsWith('/api');
    if (!isPage) {
      next();
      return;
    }
    response.setHeader('Cache-Control', 'no-cache');
    response.sendFile(indexFile);
  });
}

/** Creates the application with every global setting, without listening. */
export async function createApplication(config: AppConfig, clock?: Clock): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, clock), {
    bodyParser: false,
    bufferLogs: true,
    // Throw start-up errors to the caller instead of exiting, so main.ts reports them.
    abortOnError: false,
  });

  app.disable('x-powered-by');
  if (config.trustProxy) {
    // One reverse proxy in front: req.ip is the address it appended to X-Forwarded-For.
    app.set('trust proxy', 1);
  }
  app.use(requestIdMiddleware);
  app.use(securityHeaders(config.secureCookies));
  app.use(cookieParser());
  app.use(csrfMiddleware(config.sessionSecret, config.secureCookies));
  app.use('/api', jsonOnlyMiddleware);
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT, strict: true });
  app.useBodyParser('raw', { type: 'text/csv', limit: CSV_BODY_LIMIT });
  app.use(bodyParserErrorHandler);

  app.setGlobalPrefix('api');
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  app.enableShutdownHooks();

  setUpOpenApi(app);
  if (config.portalDir !== undefined && existsSync(join(config.portalDir, 'index.html'))) {
    servePortal(app, config.portalDir);
  } else {
    new Logger('Bootstrap').warn(`portal not served: no build in ${config.portalDir ?? '(unset)'}; run npm run build:portal`);
  }

  return app;
}
