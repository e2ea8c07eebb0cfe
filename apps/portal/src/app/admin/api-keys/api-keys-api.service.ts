import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { ApiKeyView, CreatedApiKey } from '@dpec/contracts';
import { Observable } from 'rxjs';

const API_KEYS_URL = '/api/admin/api-keys';

/** Calls to `/api/admin/api-keys`, which only a gestionnaire may use. */
@Injectable({ providedIn: 'root' })
export class ApiKeysApiService {
  private readonly http = inject(HttpClient);

  listKeys(): Observable<ApiKeyView[]> {
    return this.http.get<ApiKeyView[]>(API_KEYS_URL);
  }

  /** Creates a key; the response carries the key itself, which the API never returns again. */
  createKey(name: string): Observable<CreatedApiKey> {
    return this.http.post<CreatedApiKey>(API_KEYS_URL, { name });
  }

  revokeKey(id: number): Observable<ApiKeyView> {
    return this.http.delete<ApiKeyView>(`${API_KEYS_URL}/${encodeURIComponent(String(id))}`);
  }
}
