/** CSV reading and writing for the account import and export, as French offices produce and open them. */

export type CsvEncoding = 'utf-8' | 'windows-1252';
export type CsvSeparator = ';' | ',';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Decodes a file as UTF-8 (with or without BOM) when it is valid UTF-8, and as
 * Windows-1252 otherwise: Excel on French Windows saves "CSV" in that code page.
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  const content = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(content), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(content), encoding: 'windows-1252' };
  }
}

/** Picks the separator that appears more often outside quotes in the first line; `;` on a tie. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const character of text) {
    if (character === '"') {
      quoted = !quoted;
    } else if (!quoted && (character === '\n' || character === '\r')) {
      break;
    } else if (!quoted && character === ';') {
      semicolons++;
    } else if (!quoted && character === ',') {
      commas++;
    }
  }
  return commas > semicolons ? ',' : ';';
}

/** One record of the file, with the line where it starts (1-based). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * Parses RFC 4180 CSV: fields in double quotes may contain the separator, line
 * breaks and doubled quotes. Accepts CRLF and LF line ends.
 */
export function parseCsv(text: string, separator: CsvSeparator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;

  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (quoted) {
      if (character === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (character === '"') {
        quoted = false;
      } else {
        if (character === '\n') {
          line++;
        }
        field += character;
      }
    } else if (character === '"') {
      quoted = true;
    } else if (character === separator) {
      fields.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && text[index + 1] === '\n') {
        index++;
      }
      fields.push(field);
      records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else {
      field += character;
    }
  }

  if (field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records.filter((record) => record.fields.some((value) => value.trim() !== ''));
}

/**
 * Makes a cell safe to open in a spreadsheet: a value starting with =, +, -, @,
 * a tab or a carriage return would run as a formula, so it gets a leading quote.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function quoteCell(value: string, separator: CsvSeparator): string {
  const safe = neutralizeFormula(value);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Writes rows as CSV for Excel: UTF-8 with BOM so accents survive, `;` separators, CRLF line ends. */
export function writeCsv(rows: string[][], separator: CsvSeparator = ';'): Buffer {
  const body = rows.map((row) => row.map((cell) => quoteCell(cell, separator)).join(separator)).join('\r\n');
  return Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(`${body}\r\n`, 'utf8')]);
}
