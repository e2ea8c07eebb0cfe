import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';

export const SERVICE_NAME = 'DPECothèque';

/** Sets the document title to "<route title> - DPECothèque", so that every page has its own title. */
@Injectable({ providedIn: 'root' })
export class ServiceTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const pageTitle = this.buildTitle(snapshot);
    this.title.setTitle(pageTitle ? `${pageTitle} - ${SERVICE_NAME}` : SERVICE_NAME);
  }
}
