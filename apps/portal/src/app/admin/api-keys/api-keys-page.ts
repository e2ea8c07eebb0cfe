import { ChangeDetectionStrategy, Component, ElementRef, Injector, afterNextRender, inject, signal } from '@angular/core';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { ApiKeyView, CreatedApiKey } from '@dpec/contracts';

import { DisplayedError, readApiError, toDisplayedError } from '../../core/api-error';
import { formatDateTime } from '../../core/date-format';
import { ErrorAlert } from '../../shared/error-alert/error-alert';
import { TextField } from '../../shared/text-field/text-field';
import { focusElement } from '../shared/focus';
import { ApiKeysApiService } from './api-keys-api.service';

export const KEY_NAME_MAX_LENGTH = 100;

const NEW_KEY_TITLE_ID = 'api-key-created-title';
const CONFIRM_TITLE_ID = 'api-key-confirm-title';
const NAME_INPUT_ID = 'api-key-name';

/** A key as a table row shows it. */
interface KeyRow {
  id: number;
  name: string;
  prefix: string;
  createdAt: string;
  createdText: string;
  lastUsedText: string;
  revoked: boolean;
  revokedText: string | null;
}

/**
 * "Clés d'API": the keys with which the Portail Intervenants files requests. A new key is shown
 * once, right after its creation, because the API keeps only a hash of it.
 */
@Component({
  selector: 'dpec-api-keys-page',
  imports: [ReactiveFormsModule, ErrorAlert, TextField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './api-keys-page.html',
})
export class ApiKeysPage {
  private readonly api = inject(ApiKeysApiService);
  private readonly host: HTMLElement = inject(ElementRef).nativeElement;
  private readonly injector = inject(Injector);

  protected readonly newKeyTitleId = NEW_KEY_TITLE_ID;
  protected readonly confirmTitleId = CONFIRM_TITLE_ID;
  protected readonly nameInputId = NAME_INPUT_ID;

  protected readonly rows = signal<KeyRow[] | null>(null);
  protected readonly loadError = signal<DisplayedError | null>(null);
  protected readonly name = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(KEY_NAME_MAX_LENGTH)],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly createError = signal<DisplayedError | null>(null);
  private readonly rejectedName = signal<string[]>([]);
  /** The key just created; it leaves the page with the next action or navigation. */
  protected readonly createdKey = signal<CreatedApiKey | null>(null);
  protected readonly copyStatus = signal('');
  /** Key waiting for revocation confirmation, or null. */
  protected readonly confirming = signal<KeyRow | null>(null);
  protected readonly revokeError = signal<DisplayedError | null>(null);
  protected readonly revokeOutcome = signal('');

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.api.listKeys().subscribe({
      next: (keys) => this.rows.set(keys.map(toRow)),
      error: (failure: unknown) => this.loadError.set(toDisplayedError(failure)),
    });
  }

  protected nameErrors(): string[] {
    if (this.submitted() && this.name.invalid) {
      return this.name.hasError('maxlength')
        ? [`Le nom ne peut pas dépasser ${KEY_NAME_MAX_LENGTH} caractères.`]
        : ['Saisissez le nom de la clé.'];
    }
    return this.rejectedName();
  }

  protected create(): void {
    if (this.pending()) {
      return;
    }
    this.submitted.set(true);
    const name = this.name.value.trim();
    if (this.name.invalid || name === '') {
      this.name.setErrors({ required: true });
      this.focusAfterRender(`#${NAME_INPUT_ID}`);
      return;
    }

    this.pending.set(true);
    this.createError.set(null);
    this.rejectedName.set([]);
    this.createdKey.set(null);
    this.api.createKey(name).subscribe({
      next: (created) => {
        this.pending.set(false);
        this.submitted.set(false);
        this.name.reset('');
        this.copyStatus.set('');
        this.createdKey.set(created);
        this.rows.update((rows) => [...(rows ?? []), toRow(created)]);
        this.focusAfterRender(`#${NEW_KEY_TITLE_ID}`);
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.createError.set(toDisplayedError(failure));
        this.rejectedName.set(readApiError(failure)?.fields?.['name'] ?? []);
        this.focusAfterRender('#api-key-create-error');
      },
    });
  }

  protected async copy(key: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(key);
      this.copyStatus.set('La clé a été copiée dans le presse-papiers.');
    } catch {
      this.copyStatus.set('La copie a échoué. Sélectionnez la clé et copiez-la avec le clavier.');
    }
  }

  protected askRevoke(row: KeyRow): void {
    this.confirming.set(row);
    this.revokeError.set(null);
    this.revokeOutcome.set('');
    this.focusAfterRender(`#${CONFIRM_TITLE_ID}`);
  }

  protected cancelRevoke(): void {
    const row = this.confirming();
    this.confirming.set(null);
    if (row) {
      this.focusAfterRender(`#${this.revokeButtonId(row)}`);
    }
  }

  protected confirmRevoke(): void {
    const row = this.confirming();
    if (!row || this.pending()) {
      return;
    }

    this.pending.set(true);
    this.api.revokeKey(row.id).subscribe({
      next: (revoked) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.rows.update((rows) => (rows ?? []).map((candidate) => (candidate.id === revoked.id ? toRow(revoked) : candidate)));
        this.revokeOutcome.set(`La clé « ${revoked.name} » a été révoquée.`);
        this.focusAfterRender('#api-key-revoke-outcome');
      },
      error: (failure: unknown) => {
        this.pending.set(false);
        this.confirming.set(null);
        this.revokeError.set(toDisplayedError(failure));
        this.focusAfterRender('#api-key-revoke-error');
      },
    });
  }

  protected revokeButtonId(row: KeyRow): string {
    return `api-key-${row.id}-revoke`;
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => focusElement(this.host.querySelector<HTMLElement>(selector)), { injector: this.injector });
  }
}

function toRow(key: ApiKeyView): KeyRow {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    createdAt: key.createdAt,
    createdText: formatDateTime(key.createdAt),
    lastUsedText: key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Jamais',
    revoked: key.revokedAt !== null,
    revokedText: key.revokedAt ? formatDateTime(key.revokedAt) : null,
  };
}
