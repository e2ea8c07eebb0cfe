import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseIntPipe, Post, Query, Req, UseGuards } from '@nestjs/common';
import { AddressRequestDetail, AddressRequestSummary, ApiKeyView, CreatedApiKey, ErrorCode, Page } from '@dpec/contracts';
import { SkipThrottle } from '@nestjs/throttler';
import { ApiCookieAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/authenticated-request';
import { Roles, RolesGuard } from '../auth/roles.guard';
import { SessionAuthGuard } from '../auth/session-auth.guard';
import { ApiException } from '../common/api-exception';
import { AddressRequestQueryDto, CommentDto, CreateApiKeyDto, CreateFromRequestDto, InformationRequestDto, RejectDto, ResolveWithAccountDto } from './address-request.dto';
import { ApiKeysService } from './api-keys.service';
import { SupportService } from './support.service';

const idPipe = (message: string) =>
  new ParseIntPipe({ exceptionFactory: () => new ApiException(HttpStatus.NOT_FOUND, { code: ErrorCode.NotFound, message }) });
const requestId = idPipe("Cette demande n’existe pas.");

/** The support desk's queue and actions on "adresse introuvable" requests. */
@ApiTags('admin')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@ApiForbiddenResponse({ description: 'The account is neither support nor gestionnaire.' })
// Behind a session and a role: the per-client limit is for anonymous routes, and
// would trip a busy console or many agents behind one address.
@SkipThrottle()
@Controller('admin/address-requests')
@UseGuards(SessionAuthGuard, RolesGuard)
@Roles('support', 'gestionnaire')
export class SupportController {
  constructor(private readonly support: SupportService) {}

  @Get()
  @ApiOkResponse({ description: 'One page of the queue, oldest first.' })
  list(@Req() request: AuthenticatedRequest, @Query() query: AddressRequestQueryDto): Promise<Page<AddressRequestSummary>> {
    return this.support.list(request.account, query);
  }

  @Get('open-count')
  @ApiOkResponse({ description: 'Number of open requests, for the console header.' })
  async openCount(): Promise<{ open: number }> {
    return { open: await this.support.countOpen() };
  }

  @Get(':id')
  @ApiOkResponse({ description: 'The request, its full history and the candidate accounts.' })
  detail(@Param('id', requestId) id: number): Promise<AddressRequestDetail> {
    return this.support.detail(id);
  }

  @Post(':id/assign')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: '"Prendre la demande": the agent becomes its assignee.' })
  assign(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number): Promise<AddressRequestDetail> {
    return this.support.assignToSelf(request.account, id);
  }

  @Post(':id/comments')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Internal comment added; never shown to the requester.' })
  comment(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number, @Body() body: CommentDto): Promise<AddressRequestDetail> {
    return this.support.comment(request.account, id, body.body);
  }

  @Post(':id/request-information')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The requester receives the question by e-mail, with a link to reply.' })
  requestInformation(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number, @Body() body: InformationRequestDto): Promise<AddressRequestDetail> {
    return this.support.requestInformation(request.account, id, body.message);
  }

  @Post(':id/resolve')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The account gets the contact address; old and new addresses are told; a first-connection link is sent.' })
  resolve(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number, @Body() body: ResolveWithAccountDto): Promise<AddressRequestDetail> {
    return this.support.resolveWithAccount(request.account, id, body.accountId);
  }

  @Post(':id/hand-over')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'No account exists: the request waits for a gestionnaire to create one.' })
  handOver(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number): Promise<AddressRequestDetail> {
    return this.support.handOver(request.account, id);
  }

  @Post(':id/create-account')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'Gestionnaires only: the account is created from the request, which is resolved.' })
  createAccount(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number, @Body() body: CreateFromRequestDto): Promise<AddressRequestDetail> {
    return this.support.createAccount(request.account, id, body.roles);
  }

  @Post(':id/reject')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ description: 'The request is rejected; the requester gets the reason.' })
  reject(@Req() request: AuthenticatedRequest, @Param('id', requestId) id: number, @Body() body: RejectDto): Promise<AddressRequestDetail> {
    return this.support.reject(request.account, id, body);
  }
}

/** Keys of the Portail Intervenants, for gestionnaires. */
@ApiTags('admin')
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'No live session.' })
@ApiForbiddenResponse({ description: 'The account is not a gestionnaire.' })
// Not limited per client, for the same reason as the queue.
@SkipThrottle()
@Controller('admin/api-keys')
@UseGuards(SessionAuthGuard, RolesGuard)
@Roles('gestionnaire')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ description: 'Every key, revoked ones included; never the key itself.' })
  list(): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Post()
  @ApiOkResponse({ description: 'The new key, shown this once.' })
  create(@Req() request: AuthenticatedRequest, @Body() body: CreateApiKeyDto): Promise<CreatedApiKey> {
    return this.keys.create(request.account, body.name);
  }

  @Delete(':id')
  @ApiOkResponse({ description: 'The revoked key.' })
  revoke(@Req() request: AuthenticatedRequest, @Param('id', idPipe("Cette clé d’API n’existe pas.")) id: number): Promise<ApiKeyView> {
    return this.keys.revoke(request.account, id);
  }
}
