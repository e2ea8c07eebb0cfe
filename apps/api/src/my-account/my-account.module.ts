import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuthModule } from '../auth/auth.module';
import { MyAccountController } from './my-account.controller';
import { PasswordChangeService } from './password-change.service';

@Module({
  imports: [AccountsModule, AuthModule],
  controllers: [MyAccountController],
  providers: [PasswordChangeService],
})
export class MyAccountModule {}
