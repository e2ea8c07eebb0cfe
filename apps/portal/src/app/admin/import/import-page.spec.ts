import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ImportPreview } from '@dpec/contracts';

import { queryElement, textOf } from '../../../testing/dom';
import { apiErrorBody } from '../testing/admin-fixtures';
import { IMPORT_MAX_BYTES, ImportPage, describeImportResult, describePreview } from './import-page';

/** The API's problem for an address that already has an account, which it also flags with alreadyExists. */
const EXISTING_ACCOUNT_PROBLEM = 'Un compte utilise déjà cette adresse.';

const PREVIEW_URL = '/api/admin/accounts/import/preview';
const IMPORT_URL = '/api/admin/accounts/import';

const CSV = 'adresse mail;prénom;nom;rôles\nnoa.petit@example.fr;Noa;Petit;\nlou@;Lou;Bernard;support\nsam.roy@example.fr;Sam;Roy;gestionnaire|support\n';

const PREVIEW: ImportPreview = {
  encoding: 'windows-1252',
  separator: ';',
  lines: [
    { line: 2, email: 'noa.petit@example.fr', firstName: 'Noa', lastName: 'Petit', roles: ['intervenant'], problems: [] },
    { line: 3, email: 'lou@', firstName: 'Lou', lastName: 'Bernard', roles: ['support'], problems: ['L’adresse mail « lou@ » n’est pas valide.'] },
    { line: 4, email: 'sam.roy@example.fr', firstName: 'Sam', lastName: 'Roy', roles: ['gestionnaire', 'support'], problems: [] },
  ],
  validCount: 2,
  invalidCount: 1,
};

describe('ImportPage', () => {
  let fixture: ComponentFixture<ImportPage>;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ImportPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ImportPage);
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    (fixture.nativeElement as HTMLElement).remove();
  });

  async function choose(file: File): Promise<void> {
    const input = queryElement<HTMLInputElement>(fixture, '#import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function clickButton(name: string): Promise<void> {
    const button = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
    if (!button) {
      throw new Error(`No button named "${name}".`);
    }
    button.click();
    await fixture.whenStable();
  }

  function rows(): string[][] {
    return Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim() ?? ''),
    );
  }

  it('asks for a file first', async () => {
    await clickButton('Prévisualiser');

    expect(textOf(fixture, '.fr-error-text')).toBe('Choisissez le fichier CSV à importer.');
    expect(document.activeElement?.id).toBe('import-file');
    http.expectNone(PREVIEW_URL);
  });

  it('rejects a file that is not CSV', async () => {
    await choose(new File(['x'], 'comptes.xlsx'));
    await clickButton('Prévisualiser');

    expect(textOf(fixture, '.fr-error-text')).toBe('Choisissez un fichier au format CSV, dont le nom se termine par .csv.');
    http.expectNone(PREVIEW_URL);
  });

  it('rejects a file over 5 MB', async () => {
    const file = new File(['x'], 'comptes.csv');
    Object.defineProperty(file, 'size', { value: IMPORT_MAX_BYTES + 1 });
    await choose(file);
    await clickButton('Prévisualiser');

    expect(textOf(fixture, '.fr-error-text')).toBe('Le fichier dépasse 5 Mo. Découpez-le en plusieurs fichiers.');
    http.expectNone(PREVIEW_URL);
  });

  it('previews, then imports the same file', async () => {
    const file = new File([CSV], 'comptes.csv', { type: 'text/csv' });
    await choose(file);

    await clickButton('Prévisualiser');
    const preview = http.expectOne({ method: 'POST', url: PREVIEW_URL });
    expect(preview.request.body).toBe(file);
    expect(preview.request.headers.get('Content-Type')).toBe('text/csv');
    preview.flush(PREVIEW);
    await fixture.whenStable();

    expect(textOf(fixture, 'section [role="status"]')).toBe('2 lignes valides, 1 ligne à corriger. Rien n’est encore enregistré.');
    expect(textOf(fixture, 'section .fr-text--sm')).toBe('Fichier lu en Windows-1252, colonnes séparées par des points-virgules.');
    expect(rows()).toEqual([
      ['2', 'noa.petit@example.fr', 'Noa', 'Petit', 'Intervenant', 'Valide'],
      ['3', 'lou@', 'Lou', 'Bernard', 'Support', 'L’adresse mail « lou@ » n’est pas valide.'],
      ['4', 'sam.roy@example.fr', 'Sam', 'Roy', 'Gestionnaire SIEC, Support', 'Valide'],
    ]);
    expect(document.activeElement?.id).toBe('import-preview-title');
    http.expectNone(IMPORT_URL);

    await clickButton('Importer les 2 lignes valides');
    const save = http.expectOne({ method: 'POST', url: IMPORT_URL });
    expect(save.request.body).toBe(file);
    expect(save.request.headers.get('Content-Type')).toBe('text/csv');
    save.flush({ created: 2, skipped: 1 });
    await fixture.whenStable();

    expect(textOf(fixture, '.fr-alert--success')).toBe('2 comptes créés, 1 ligne ignorée.');
    expect((fixture.nativeElement as HTMLElement).querySelector('table')).toBeNull();
    expect(document.activeElement?.id).toBe('import-result-title');
  });

  it('filters the lines to correct', async () => {
    await choose(new File([CSV], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush(PREVIEW);
    await fixture.whenStable();

    queryElement<HTMLInputElement>(fixture, '#import-only-problems').click();
    await fixture.whenStable();

    expect(rows().map((row) => row[0])).toEqual(['3']);
  });

  it('offers no import without valid lines', async () => {
    await choose(new File([CSV], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush({ ...PREVIEW, lines: [PREVIEW.lines[1]], validCount: 0, invalidCount: 1 });
    await fixture.whenStable();

    expect(textOf(fixture, 'section')).toContain('Aucune ligne ne peut être importée.');
    expect(Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).some((button) => button.textContent?.includes('Importer'))).toBe(false);
  });

  it('explains a file of existing accounts', async () => {
    const existing = { ...PREVIEW.lines[0], problems: [EXISTING_ACCOUNT_PROBLEM], alreadyExists: true };
    await choose(new File([CSV], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush({ ...PREVIEW, lines: [existing], validCount: 0, invalidCount: 1 });
    await fixture.whenStable();

    expect(textOf(fixture, 'section [role="status"]')).toBe('0 ligne valide, 1 ligne dont le compte existe déjà. Rien n’est encore enregistré.');
    expect(textOf(fixture, 'section')).toContain('Toutes les adresses du fichier ont déjà un compte. Il n’y a aucun nouveau compte à importer.');
    expect(textOf(fixture, 'section')).not.toContain('Corrigez');
    expect((fixture.nativeElement as HTMLElement).querySelector('#import-only-problems')).toBeNull();
  });

  it('shows a file the API rejects', async () => {
    await choose(new File(['nom\n'], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush(
      apiErrorBody(400, 'VALIDATION_FAILED', 'La première ligne du fichier doit nommer les colonnes « adresse mail », « prénom » et « nom ».'),
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(textOf(fixture, '[role="alert"] p')).toContain('La première ligne du fichier doit nommer les colonnes');
    expect((fixture.nativeElement as HTMLElement).querySelector('table')).toBeNull();
  });

  it('clears the preview for a new file', async () => {
    await choose(new File([CSV], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush(PREVIEW);
    await fixture.whenStable();

    await choose(new File([CSV], 'autres-comptes.csv'));

    expect((fixture.nativeElement as HTMLElement).querySelector('table')).toBeNull();
  });

  it('counts existing accounts apart', () => {
    const [valid, invalid] = PREVIEW.lines;
    const existing = { ...valid, line: 5, problems: [EXISTING_ACCOUNT_PROBLEM], alreadyExists: true };
    const existingAndInvalid = { ...invalid, line: 6, problems: [...invalid.problems, EXISTING_ACCOUNT_PROBLEM], alreadyExists: true };

    expect(describePreview({ ...PREVIEW, lines: [valid, invalid], validCount: 1, invalidCount: 1 })).toBe(
      '1 ligne valide, 1 ligne à corriger.',
    );
    expect(describePreview({ ...PREVIEW, lines: [valid, existing], validCount: 1, invalidCount: 1 })).toBe(
      '1 ligne valide, 1 ligne dont le compte existe déjà.',
    );
    expect(describePreview({ ...PREVIEW, lines: [invalid, existingAndInvalid, existing, existing], validCount: 0, invalidCount: 4 })).toBe(
      '0 ligne valide, 2 lignes à corriger, 2 lignes dont le compte existe déjà.',
    );
  });

  it('filters out existing accounts from lines to correct', async () => {
    const existing = { ...PREVIEW.lines[0], line: 5, problems: [EXISTING_ACCOUNT_PROBLEM], alreadyExists: true };
    await choose(new File([CSV], 'comptes.csv'));
    await clickButton('Prévisualiser');
    http.expectOne(PREVIEW_URL).flush({ ...PREVIEW, lines: [...PREVIEW.lines, existing], invalidCount: 2 });
    await fixture.whenStable();

    queryElement<HTMLInputElement>(fixture, '#import-only-problems').click();
    await fixture.whenStable();

    expect(rows().map((row) => row[0])).toEqual(['3']);
  });

  it('words the result in French', () => {
    expect(describeImportResult({ created: 0, skipped: 0 })).toBe('0 compte créé, 0 ligne ignorée.');
    expect(describeImportResult({ created: 1, skipped: 3 })).toBe('1 compte créé, 3 lignes ignorées.');
    expect(describeImportResult({ created: 250, skipped: 1 })).toBe('250 comptes créés, 1 ligne ignorée.');
  });
});
