import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AdminModule } from '../admin/admin.module';
import { AuthModule } from '../auth/auth.module';
import { CaptchaModule } from '../captcha/captcha.module';
import { PasswordResetModule } from '../password-reset/password-reset.module';
import { AddressRequestIntakeController, AddressRequestsController } from './address-requests.controller';
import { AddressRequestsService } from './address-requests.service';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeysService } from './api-keys.service';
import { ApiKeysController, SupportController } from './support.controller';
import { SupportService } from './support.service';

@Module({
  imports: [AccountsModule, AuthModule, AdminModule, CaptchaModule, PasswordResetModule],
  controllers: [AddressRequestsController, AddressRequestIntakeController, SupportController, ApiKeysController],
  providers: [AddressRequestsService, SupportService, ApiKeysService, ApiKeyGuard],
})
export class AddressRequestsModule {}
