import { Module } from '@nestjs/common';
import { DatabaseThrottlerStorage } from './database-throttler-storage';

@Module({
  providers: [DatabaseThrottlerStorage],
  exports: [DatabaseThrottlerStorage],
})
export class ThrottlingModule {}
