import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Patch, Post, Query, Req, Res, UseGuards } from '@nestjs/common';
import { AdminAccountView, ErrorCode, ImportPreview, ImportResult, Page } from '@dpec/contracts';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiProduces, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CreateAccountDto } from '../accounts/create-account.dto';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { Roles, RolesGuard } from '../auth/roles.guard';
import { SessionAuthGuard } from '../auth/session-auth.guard';
import { ApiException } from '../common/api-exception';
import { clientInfo } from '../common/client-info';
import { Clock } from '../common/clock';
import { exportAccountsCsv } from './account-export';
import { AccountImportService } from './account-import.service';
import { AccountListQueryDto, UpdateAccountDto } from './admin.dto';
import { AdminAccountsService } from './admin-accounts.service';

/** Most rows one export returns; more would hold the request too long. */
const EXPORT_MAX_ROWS = 100_000;

const accountId = new ParseIntPipe({
  exceptionFactory: () => new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message: "Ce compte n’existe pas." }),
});

/** Reads the raw CSV body that the text/csv parser leaves in `request.body`. */
function csvBody(request: Request): Buffer {
  if (!Buffer.isBuffer(request.body)) {
    throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, {
      code: ErrorCode.UnsupportedMediaType,
      message: 'Envoyez le fichier tel quel, avec le type de contenu text/csv.',
    });
  }
  return request.body;
}

@ApiTags('admin')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@ApiForbiddenResponse({ description: 'The account is not a gestionnaire.' })
// Behind a session and a role: the per-client limit is for anonymous routes, and
// would trip a busy console or many agents behind one address.
@SkipThrottle()
@Controller('admin/accounts')
@UseGuards(SessionAuthGuard, RolesGuard)
@Roles('gestionnaire')
export class AdminAccountsController {
  constructor(
    private readonly accounts: AdminAccountsService,
    private readonly importer: AccountImportService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOkResponse({ description: 'One page of accounts matching the search and filters.' })
  list(@Query() query: AccountListQueryDto): Promise<Page<AdminAccountView>> {
    return this.accounts.list(query);
  }

  @Get('export')
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'Every account matching the filters, as CSV (UTF-8 with BOM, `;`).' })
  async export(@Query() query: AccountListQueryDto, @Res() response: Response): Promise<void> {
    const accounts = await this.accounts.listAll(query, EXPORT_MAX_ROWS);
    const date = this.clock.now().toISOString().slice(0, 10);

    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', `attachment; filename="comptes-dpecotheque-${date}.csv"`);
    response.setHeader('Cache-Control', 'no-store');
    response.send(exportAccountsCsv(accounts, this.clock.now()));
  }

  @Post()
  @ApiOkResponse({ description: 'The created account; its owner receives a welcome e-mail.' })
  create(@Req() request: AuthenticatedRequest, @Body() body: CreateAccountDto): Promise<AdminAccountView> {
    return this.accounts.create(request.account, body);
  }

  @Post('import/preview')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'The CSV file as is (UTF-8 or Windows-1252, `;` or `,`).' })
  @ApiOkResponse({ description: 'Each line with its problems; nothing is written.' })
  preview(@Req() request: Request): Promise<ImportPreview> {
    return this.importer.preview(csvBody(request));
  }

  @Post('import')
  @HttpCode(HttpStatus.OK)
  @ApiConsumes('text/csv')
  @ApiBody({ description: 'The same CSV file as the preview.' })
  @ApiOkResponse({ description: 'How many accounts were created and lines left out.' })
  import(@Req() request: AuthenticatedRequest): Promise<ImportResult> {
    return this.importer.import(request.account, csvBody(request));
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The account.' })
  get(@Param('id', accountId) id: number): Promise<AdminAccountView> {
    return this.accounts.get(id);
  }

  @Patch(':id')
  @ApiOkResponse({ description: 'The account after the change; a new address is notified to both addresses.' })
  update(@Req() request: AuthenticatedRequest, @Param('id', accountId) id: number, @Body() body: UpdateAccountDto): Promise<AdminAccountView> {
    return this.accounts.update(request.account, id, body);
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The disabled account; its sessions are ended.' })
  disable(@Req() request: AuthenticatedRequest, @Param('id', accountId) id: number): Promise<AdminAccountView> {
    return this.accounts.setDisabled(request.account, id, true, clientInfo(request));
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The re-enabled account.' })
  enable(@Req() request: AuthenticatedRequest, @Param('id', accountId) id: number): Promise<AdminAccountView> {
    return this.accounts.setDisabled(request.account, id, false, clientInfo(request));
  }

  @Post(':id/unlock')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The account with its failed-login lock lifted.' })
  unlock(@Req() request: AuthenticatedRequest, @Param('id', accountId) id: number): Promise<AdminAccountView> {
    return this.accounts.unlock(request.account, id, clientInfo(request));
  }

  @Post(':id/first-connection-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOkResponse({ description: 'A new welcome e-mail with the first-connection page is queued.' })
  sendFirstConnectionEmail(@Req() request: AuthenticatedRequest, @Param('id', accountId) id: number): Promise<void> {
    return this.accounts.sendFirstConnectionEmail(request.account, id);
  }
}
