import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ImportLine, ImportPreview, ImportResult } from '@dpec/contracts';

import { DisplayedError, toDisplayedError } from '../../core/api-error';
import { ROLE_LABELS } from '../../core/roles';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { AdminApiService } from '../admin-api.service';
import { focusElement } from '../shared/focus';

/** Largest file that the API accepts: 5 MiB, the `5mb` limit of its body parser. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Preview rows drawn at most, so that a file of thousands of lines keeps the page responsive. */
export const PREVIEW_MAX_ROWS = 500;


const SEPARATOR_NAMES: Readonly<Record<ImportPreview['separator'], string>> = {
  ';': 'points-virgules',
  ',': 'virgules',
};

const FILE_INPUT_ID = 'import-file';
const PREVIEW_HEADING_ID = 'import-preview-title';
const RESULT_HEADING_ID = 'import-result-title';

/** Returns "1 compte", "3 comptes"; French uses the singular for 0 and 1. */
export function countOf(count: number, singular: string, plural: string): string {
  return `${count} ${count > 1 ? plural : singular}`;
}

/** Returns the sentence that sums up an import, such as "3 comptes créés, 1 ligne ignorée.". */
export function describeImportResult(result: ImportResult): string {
  return `${countOf(result.created, 'compte créé', 'comptes créés')}, ${countOf(result.skipped, 'ligne ignorée', 'lignes ignorées')}.`;
}

/** True for a line that is left out only because its address already has an account, so there is nothing to correct. */
export function hasExistingAccountOnly(line: ImportLine): boolean {
  return line.alreadyExists === true && line.problems.length === 1;
}

/** True for a line whose file content must change before it can be imported. */
function needsCorrection(line: ImportLine): boolean {
  return line.problems.length > 0 && !hasExistingAccountOnly(line);
}

/**
 * Returns the sentence that sums up a preview, such as "2 lignes valides, 1 ligne à corriger.". Lines
 * whose account already exists are counted apart, and the lines to correct are then named only when
 * there are some.
 */
export function describePreview(preview: ImportPreview): string {
  const toCorrectCount = preview.lines.filter(needsCorrection).length;
  const existingCount = preview.lines.filter(hasExistingAccountOnly).length;
  const parts = [countOf(preview.validCount, 'ligne valide', 'lignes valides')];
  if (toCorrectCount > 0 || existingCount === 0) {
    parts.push(countOf(toCorrectCount, 'ligne à corriger', 'lignes à corriger'));
  }
  if (existingCount > 0) {
    parts.push(countOf(existingCount, 'ligne dont le compte existe déjà', 'lignes dont le compte existe déjà'));
  }
  return `${parts.join(', ')}.`;
}

/** Returns why a chosen file cannot be sent, or null. */
function checkFile(file: File): string | null {
  if (!/\.csv$/i.test(file.name)) {
    return 'Choisissez un fichier au format CSV, dont le nom se termine par .csv.';
  }
  if (file.size === 0) {
    return 'Le fichier est vide. Choisissez un fichier qui contient au moins une ligne de compte.';
  }
  if (file.size > IMPORT_MAX_BYTES) {
    return 'Le fichier dépasse 5 Mo. Découpez-le en plusieurs fichiers.';
  }
  return null;
}

/**
 * "Importer des comptes" page: the file is first sent for a preview, which writes nothing, then
 * the same file is sent again to create the accounts of its valid lines.
 */
@Component({
  selector: 'dpec-import-page',
  imports: [RouterLink, ErrorAlert],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
})
export class ImportPage {
  private readonly api = inject(AdminApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly fileInputId = FILE_INPUT_ID;
  protected readonly previewHeadingId = PREVIEW_HEADING_ID;
  protected readonly resultHeadingId = RESULT_HEADING_ID;
  protected readonly maxRows = PREVIEW_MAX_ROWS;

  protected readonly file = signal<File | null>(null);
  protected readonly fileError = signal<string | null>(null);
  protected readonly preview = signal<ImportPreview | null>(null);
  protected readonly result = signal<ImportResult | null>(null);
  protected readonly error = signal<DisplayedError | null>(null);
  protected readonly pending = signal(false);
  protected readonly onlyProblems = signal(false);

  protected readonly shownLines = computed(() => {
    const lines = this.preview()?.lines ?? [];
    const selected = this.onlyProblems() ? lines.filter(needsCorrection) : lines;
    return selected.slice(0, PREVIEW_MAX_ROWS).map((line) => ({ ...line, roleText: roleText(line) }));
  });
  protected readonly hiddenCount = computed(() => {
    const lines = this.preview()?.lines ?? [];
    const selected = this.onlyProblems() ? lines.filter(needsCorrection) : lines;
    return Math.max(0, selected.length - PREVIEW_MAX_ROWS);
  });
  protected readonly summary = computed(() => {
    const preview = this.preview();
    return preview ? describePreview(preview) : '';
  });
  protected readonly hasLinesToCorrect = computed(() => (this.preview()?.lines ?? []).some(needsCorrection));
  /** True when every line of the file is left out because its address already has an account. */
  protected readonly everyAccountExists = computed(() => {
    const lines = this.preview()?.lines ?? [];
    return lines.length > 0 && lines.every(hasExistingAccountOnly);
  });
  protected readonly readAs = computed(() => {
    const preview = this.preview();
    if (!preview) {
      return '';
    }
    const encoding = preview.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252';
    return `Fichier lu en ${encoding}, colonnes séparées par des ${SEPARATOR_NAMES[preview.separator]}.`;
  });
  protected readonly resultText = computed(() => {
    const result = this.result();
    return result ? describeImportResult(result) : '';
  });

  protected onFileChange(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.fileError.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.error.set(null);
  }

  protected requestPreview(event: Event): void {
    event.preventDefault();
    if (this.pending()) {
      return;
    }

    const file = this.file();
    const problem = file ? checkFile(file) : 'Choisissez le fichier CSV à importer.';
    this.fileError.set(problem);
    if (!file || problem) {
      this.host.querySelector<HTMLElement>(`#${FILE_INPUT_ID}`)?.focus();
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.api.previewImport(file).subscribe({
      next: (preview) => {
        this.pending.set(false);
        this.onlyProblems.set(false);
        this.preview.set(preview);
        this.focusAfterRender(`#${PREVIEW_HEADING_ID}`);
      },
      error: (failure: unknown) => this.fail(failure),
    });
  }

  protected confirmImport(): void {
    const file = this.file();
    if (!file || this.pending()) {
      return;
    }

    this.pending.set(true);
    this.error.set(null);
    this.api.importAccounts(file).subscribe({
      next: (result) => {
        this.pending.set(false);
        this.preview.set(null);
        this.result.set(result);
        this.focusAfterRender(`#${RESULT_HEADING_ID}`);
      },
      error: (failure: unknown) => this.fail(failure),
    });
  }

  protected toggleProblems(event: Event): void {
    this.onlyProblems.set((event.target as HTMLInputElement).checked);
  }

  private fail(failure: unknown): void {
    this.pending.set(false);
    this.error.set(toDisplayedError(failure));
    this.focusAfterRender('[role="alert"]');
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(selector)), { injector: this.injector });
  }
}

/** Roles of a line in French; names the API did not recognise are shown as written in the file. */
function roleText(line: ImportLine): string {
  return line.roles.map((role) => (role in ROLE_LABELS ? ROLE_LABELS[role as keyof typeof ROLE_LABELS] : role)).join(', ');
}
