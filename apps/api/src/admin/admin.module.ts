import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { AccountImportService } from './account-import.service';
import { AdminAccountsController } from './admin-accounts.controller';
import { AdminAccountsService } from './admin-accounts.service';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

@Module({
  imports: [AccountsModule, AuthModule],
  controllers: [AdminAccountsController, AuditController],
  providers: [AdminAccountsService, AccountImportService, AuditService],
  exports: [AdminAccountsService, AuditService],
})
export class AdminModule {}
