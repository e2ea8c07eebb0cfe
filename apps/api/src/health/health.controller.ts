import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../mail/outbox-message.entity';

export interface ReadinessReport {
  status: 'ok' | 'unavailable';
  database: 'ok' | 'unavailable';
  /** E-mails waiting to be sent. */
  mailBacklog?: number;
}

@ApiTags('health')
// Load balancers poll these routes; limiting them would take a healthy instance out.
@SkipThrottle()
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('live')
  @ApiOkResponse({ description: 'The process is running.' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOkResponse({ description: 'The database responds; `mailBacklog` counts unsent e-mails.' })
  @ApiServiceUnavailableResponse({ description: 'The database does not respond.' })
  async ready(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    try {
      const mailBacklog = await this.dataSource.getRepository(OutboxMessage).countBy({ status: 'pending' });
      return { status: 'ok', database: 'ok', mailBacklog };
    } catch {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'unavailable', database: 'unavailable' };
    }
  }
}
