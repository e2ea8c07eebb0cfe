import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { ErrorCode, ImportLine, ImportPreview, ImportResult, ROLES, Role } from '@dpec/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { isEmail } from 'class-validator';
import { DataSource, EntityManager, In } from 'typeorm';
import { Account } from '../accounts/account.entity';
import { normalizeEmail } from '../accounts/email';
import { newAccountRow } from '../accounts/new-account';
import { foldForSearch } from '../accounts/search-text';
import { ApiException } from '../common/api-exception';
import { Clock } from '../common/clock';
import { EMAIL_MAX_LENGTH } from '../common/dto-decorators';
import { inTransaction } from '../database/transaction';
import { OutboxService } from '../mail/outbox.service';
import { AdminAccountsService } from './admin-accounts.service';
import { auditedValues } from './admin-account.view';
import { AuditService } from './audit.service';
import { decodeCsv, detectSeparator, parseCsv } from './csv';

export const IMPORT_MAX_LINES = 20_000;
const NAME_MAX_LENGTH = 100;
const CHUNK = 500;

type Column = 'email' | 'firstName' | 'lastName' | 'roles';

/** Header names accepted for each column, folded to letters only. */
const HEADER_NAMES: Record<Column, string[]> = {
  email: ['email', 'mail', 'adressemail', 'adresseemail', 'adresseelectronique', 'courriel', 'adressecourriel'],
  firstName: ['prenom', 'firstname'],
  lastName: ['nom', 'nomdefamille', 'nomdusage', 'lastname'],
  roles: ['role', 'roles', 'profil', 'profils'],
};

/** Role names a file may use, folded to letters only. */
const ROLE_NAMES: Record<string, Role> = {
  intervenant: 'intervenant',
  intervenante: 'intervenant',
  gestionnaire: 'gestionnaire',
  gestionnairesiec: 'gestionnaire',
  support: 'support',
};

function foldToLetters(text: string): string {
  return foldForSearch(text).replace(/[^a-z]/g, '');
}

function badFile(message: string): ApiException {
  return new ApiException(HttpStatus.BAD_REQUEST, { code: ErrorCode.ValidationFailed, message });
}

interface ParsedLine extends ImportLine {
  validRoles: Role[];
}

/**
 * Account import from CSV: a preview that writes nothing, then an import that
 * creates the valid lines in one transaction, with their welcome e-mails and
 * audit entries. Lines whose address already has an account are left out, so
 * importing a file again creates nothing.
 */
@Injectable()
export class AccountImportService {
  private readonly logger = new Logger(AccountImportService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AdminAccountsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  async preview(file: Buffer): Promise<ImportPreview> {
    const { preview } = await this.analyse(file, this.dataSource.manager);
    return preview;
  }

  async import(actor: Account, file: Buffer): Promise<ImportResult> {
    const result = await inTransaction(this.dataSource, async (manager) => {
      const { preview, lines } = await this.analyse(file, manager);
      const valid = lines.filter((line) => line.problems.length === 0);
      await this.createAccounts(manager, actor, valid);
      return { created: valid.length, skipped: preview.lines.length - valid.length };
    });

    this.outbox.notifyQueued();
    this.logger.log(`gestionnaire ${actor.id} imported ${result.created} account(s), ${result.skipped} line(s) left out`);
    return result;
  }

  private async analyse(file: Buffer, manager: EntityManager): Promise<{ preview: ImportPreview; lines: ParsedLine[] }> {
    if (file.length === 0) {
      throw badFile('Le fichier est vide.');
    }
    const { text, encoding } = decodeCsv(file);
    const separator = detectSeparator(text);
    const [header, ...records] = parseCsv(text, separator);
    if (header === undefined) {
      throw badFile('Le fichier ne contient aucune ligne.');
    }
    if (records.length > IMPORT_MAX_LINES) {
      throw badFile(`Le fichier contient ${records.length} lignes : importez-le en plusieurs fichiers de ${IMPORT_MAX_LINES} lignes au plus.`);
    }

    const columns = this.mapColumns(header.fields);
    const lines = records.map((record): ParsedLine => {
      const cell = (column: Column) => (columns[column] === undefined ? '' : (record.fields[columns[column] as number] ?? '').trim());
      return this.checkLine(record.line, cell('email'), cell('firstName'), cell('lastName'), cell('roles'));
    });
    await this.markDuplicatesAndExisting(manager, lines);

    const validCount = lines.filter((line) => line.problems.length === 0).length;
    const preview: ImportPreview = {
      encoding,
      separator,
      lines: lines.map(({ validRoles: _validRoles, ...line }) => line),
      validCount,
      invalidCount: lines.length - validCount,
    };
    return { preview, lines };
  }

  private mapColumns(header: string[]): Partial<Record<Column, number>> {
    const columns: Partial<Record<Column, number>> = {};
    header.forEach((name, index) => {
      const folded = foldToLetters(name);
      const column = (Object.keys(HEADER_NAMES) as Column[]).find((candidate) => HEADER_NAMES[candidate].includes(folded));
      if (column !== undefined && columns[column] === undefined) {
        columns[column] = index;
      }
    });

    const missing = (['email', 'firstName', 'lastName'] as Column[]).filter((column) => columns[column] === undefined);
    if (missing.length > 0) {
      throw badFile(
        "La première ligne du fichier doit nommer les colonnes « adresse mail », « prénom » et « nom » (et, si besoin, « rôles »). " +
          `Colonnes lues : ${header.map((name) => `« ${name.trim()} »`).join(', ')}.`,
      );
    }
    return columns;
  }

  private checkLine(line: number, rawEmail: string, firstName: string, lastName: string, rawRoles: string): ParsedLine {
    const problems: string[] = [];
    const email = normalizeEmail(rawEmail);

    if (email === '') {
      problems.push("L’adresse mail est manquante.");
    } else if (email.length > EMAIL_MAX_LENGTH || !isEmail(email, { allow_utf8_local_part: true, require_tld: true })) {
      problems.push(`L’adresse mail « ${rawEmail} » n’est pas valide.`);
    }
    if (firstName === '') {
      problems.push('Le prénom est manquant.');
    } else if (firstName.length > NAME_MAX_LENGTH) {
      problems.push(`Le prénom dépasse ${NAME_MAX_LENGTH} caractères.`);
    }
    if (lastName === '') {
      problems.push('Le nom est manquant.');
    } else if (lastName.length > NAME_MAX_LENGTH) {
      problems.push(`Le nom dépasse ${NAME_MAX_LENGTH} caractères.`);
    }

    // An empty role cell means intervenant, the role of nearly every imported account.
    const names = rawRoles.split(/[|,;/]+/).map((name) => name.trim()).filter((name) => name !== '');
    const roles = names.length === 0 ? ['intervenant'] : names;
    const unknown = roles.filter((name) => ROLE_NAMES[foldToLetters(name)] === undefined);
    if (unknown.length > 0) {
      problems.push(`Rôle inconnu : ${unknown.map((name) => `« ${name} »`).join(', ')} (rôles possibles : ${ROLES.join(', ')}).`);
    }
    const validRoles = [...new Set(roles.map((name) => ROLE_NAMES[foldToLetters(name)]).filter((role): role is Role => role !== undefined))];

    return { line, email, firstName, lastName, roles: unknown.length > 0 ? roles : validRoles, problems, alreadyExists: false, validRoles };
  }

  private async markDuplicatesAndExisting(manager: EntityManager, lines: ParsedLine[]): Promise<void> {
    const firstLineOf = new Map<string, number>();
    for (const line of lines) {
      if (line.email === '') {
        continue;
      }
      const first = firstLineOf.get(line.email);
      if (first === undefined) {
        firstLineOf.set(line.email, line.line);
      } else {
        line.problems.push(`Cette adresse figure déjà à la ligne ${first} du fichier.`);
      }
    }

    const emails = [...firstLineOf.keys()];
    const existing = new Set<string>();
    for (let start = 0; start < emails.length; start += CHUNK) {
      const found = await manager.find(Account, { select: { email: true }, where: { email: In(emails.slice(start, start + CHUNK)) } });
      found.forEach((account) => existing.add(account.email));
    }
    for (const line of lines) {
      if (existing.has(line.email)) {
        line.problems.push('Un compte utilise déjà cette adresse.');
        line.alreadyExists = true;
      }
    }
  }

  private async createAccounts(manager: EntityManager, actor: Account, lines: ParsedLine[]): Promise<void> {
    const now = this.clock.now();
    for (let start = 0; start < lines.length; start += CHUNK) {
      const chunk = lines.slice(start, start + CHUNK);
      const rows = chunk.map((line) => newAccountRow({ email: line.email, firstName: line.firstName, lastName: line.lastName, roles: line.validRoles }, now));
      await manager.insert(Account, rows);

      const created = await manager.find(Account, { where: { email: In(chunk.map((line) => line.email)) } });
      await this.outbox.enqueueMany(manager, 'welcome', created.map((account) => account.email), this.accounts.welcomeContext());
      await this.audit.record(
        manager,
        created.map((account) => ({ actorId: actor.id, accountId: account.id, action: 'account_created' as const, after: { ...auditedValues(account), source: 'import' } })),
      );
    }
  }
}
