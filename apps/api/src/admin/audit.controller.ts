import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { AuditEntryView, Page } from '@dpec/contracts';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles, RolesGuard } from '../auth/roles.guard';
import { SessionAuthGuard } from '../auth/session-auth.guard';
import { AuditQueryDto } from './admin.dto';
import { AuditService } from './audit.service';

@ApiTags('admin')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@ApiForbiddenResponse({ description: 'The account is not a gestionnaire.' })
// Behind a session and a role: the per-client limit is for anonymous routes, and
// would trip a busy console or many agents behind one address.
@SkipThrottle()
@Controller('admin/audit')
@UseGuards(SessionAuthGuard, RolesGuard)
@Roles('gestionnaire')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ description: 'Admin actions, newest first, with values before and after.' })
  list(@Query() query: AuditQueryDto): Promise<Page<AuditEntryView>> {
    return this.audit.list(query);
  }
}
