import { Injectable, signal } from '@angular/core';

/** A one-time message that a page shows after a navigation, such as "Vous êtes déconnecté.". */
export interface Notice {
  kind: 'success' | 'info' | 'error';
  text: string;
}

/** Carries a notice from the page that navigates to the page that displays it. */
@Injectable({ providedIn: 'root' })
export class NoticeService {
  private readonly pending = signal<Notice | null>(null);

  publish(notice: Notice): void {
    this.pending.set(notice);
  }

  /** Returns the pending notice and clears it, so that it is shown once. */
  take(): Notice | null {
    const notice = this.pending();
    this.pending.set(null);
    return notice;
  }
}
