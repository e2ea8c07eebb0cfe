import { Module } from '@nestjs/common';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { CaptchaModule } from '../captcha/captcha.module';
import { AuthController } from './auth.controller';
import { LocalStrategy } from './local.strategy';
import { LoginAttemptsService } from './login-attempts.service';
import { RolesGuard } from './roles.guard';
import { SessionAuthGuard } from './session-auth.guard';
import { Session } from './session.entity';
import { SessionsService } from './sessions.service';

@Module({
  imports: [PassportModule, TypeOrmModule.forFeature([Session]), AccountsModule, CaptchaModule],
  controllers: [AuthController],
  providers: [LocalStrategy, SessionsService, SessionAuthGuard, LoginAttemptsService, RolesGuard],
  exports: [SessionsService, SessionAuthGuard, LoginAttemptsService, RolesGuard],
})
export class AuthModule {}
