import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from './accounts/accounts.module';
import { AddressRequestsModule } from './address-requests/address-requests.module';
import { AdminModule } from './admin/admin.module';
import { AuthModule } from './auth/auth.module';
import { CaptchaModule } from './captcha/captcha.module';
import { Clock } from './common/clock';
import { APP_CONFIG, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source-options';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { MyAccountModule } from './my-account/my-account.module';
import { PasswordResetModule } from './password-reset/password-reset.module';
import { SecurityEventsAdminModule, SecurityEventsModule } from './security-events/security-events.module';
import { DatabaseThrottlerStorage } from './throttling/database-throttler-storage';
import { ThrottlingModule } from './throttling/throttling.module';

/** Configuration and clock, available to every module. */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, clock: Clock): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: Clock, useValue: clock },
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}

@Module({})
export class AppModule {
  /** `clock` is replaced by tests that move time; the application uses the system clock. */
  static forRoot(config: AppConfig, clock: Clock = new Clock()): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, clock),
        TypeOrmModule.forRoot(dataSourceOptions(config.databaseUrl)),
        ThrottlerModule.forRootAsync({
          imports: [ThrottlingModule],
          inject: [DatabaseThrottlerStorage],
          useFactory: (storage: DatabaseThrottlerStorage) => ({
            throttlers: [{ ttl: config.throttleTtlSeconds * 1000, limit: config.throttleLimit }],
            storage,
          }),
        }),
        MailModule,
        SecurityEventsModule,
        AccountsModule,
        CaptchaModule,
        AuthModule,
        PasswordResetModule,
        MyAccountModule,
        SecurityEventsAdminModule,
        AdminModule,
        AddressRequestsModule,
        HealthModule,
      ],
      // Every route is limited per client and route, health checks excepted.
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
