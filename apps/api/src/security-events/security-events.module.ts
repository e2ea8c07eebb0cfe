import { Global, Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { SecurityEventsController } from './security-events.controller';
import { SecurityEventsService } from './security-events.service';

@Global()
@Module({
  providers: [SecurityEventsService],
  exports: [SecurityEventsService],
})
export class SecurityEventsModule {}

/** The gestionnaire route over the log, apart so that the global service has no auth dependency. */
@Module({
  imports: [AccountsModule, AuthModule],
  controllers: [SecurityEventsController],
})
export class SecurityEventsAdminModule {}
