import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Account } from './account.entity';
import { AccountsService } from './accounts.service';
import { PasswordHasher } from './password-hasher';
import { PasswordPolicyService } from './password-policy.service';

@Module({
  imports: [TypeOrmModule.forFeature([Account])],
  providers: [AccountsService, PasswordHasher, PasswordPolicyService],
  exports: [AccountsService, PasswordHasher, PasswordPolicyService],
})
export class AccountsModule {}
