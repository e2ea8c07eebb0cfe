import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';

/** A page number link, or null for an ellipsis between two numbers. */
type PageSlot = number | null;

/**
 * DSFR pagination. Each link has a real `href`, so that it can open in a new tab. A plain click
 * emits `pageChange` instead, and the page updates its list without a route change.
 */
@Component({
  selector: 'dpec-pagination',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (pageCount() > 1) {
      <nav class="fr-pagination" [attr.aria-label]="label()">
        <ul class="fr-pagination__list">
          <li>
            @if (page() > 1) {
              <a class="fr-pagination__link fr-pagination__link--first" [href]="hrefFor()(1)" (click)="follow($event, 1)">
                Première page
              </a>
            } @else {
              <a class="fr-pagination__link fr-pagination__link--first" role="link" aria-disabled="true">Première page</a>
            }
          </li>
          <li>
            @if (page() > 1) {
              <a
                class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                [href]="hrefFor()(page() - 1)"
                (click)="follow($event, page() - 1)"
              >
                Page précédente
              </a>
            } @else {
              <a
                class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label"
                role="link"
                aria-disabled="true"
              >
                Page précédente
              </a>
            }
          </li>
          @for (slot of slots(); track $index) {
            <li>
              @if (slot === null) {
                <span class="fr-pagination__link" aria-hidden="true">…</span>
              } @else if (slot === page()) {
                <a class="fr-pagination__link" aria-current="page" [href]="hrefFor()(slot)" [title]="'Page ' + slot" (click)="follow($event, slot)">
                  {{ slot }}
                </a>
              } @else {
                <a class="fr-pagination__link" [href]="hrefFor()(slot)" [title]="'Page ' + slot" (click)="follow($event, slot)">
                  {{ slot }}
                </a>
              }
            </li>
          }
          <li>
            @if (page() < pageCount()) {
              <a
                class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                [href]="hrefFor()(page() + 1)"
                (click)="follow($event, page() + 1)"
              >
                Page suivante
              </a>
            } @else {
              <a
                class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label"
                role="link"
                aria-disabled="true"
              >
                Page suivante
              </a>
            }
          </li>
          <li>
            @if (page() < pageCount()) {
              <a
                class="fr-pagination__link fr-pagination__link--last"
                [href]="hrefFor()(pageCount())"
                (click)="follow($event, pageCount())"
              >
                Dernière page
              </a>
            } @else {
              <a class="fr-pagination__link fr-pagination__link--last" role="link" aria-disabled="true">Dernière page</a>
            }
          </li>
        </ul>
      </nav>
    }
  `,
})
export class Pagination {
  /** 1-based current page. */
  readonly page = input.required<number>();
  readonly pageCount = input.required<number>();
  /** Returns the URL of a page, for the `href` of its link. */
  readonly hrefFor = input.required<(page: number) => string>();
  /** Accessible name of the navigation landmark, distinct from other navigations of the page. */
  readonly label = input('Pagination');

  readonly pageChange = output<number>();

  /** First page, last page, and the current page with its neighbours; gaps become ellipses. */
  protected readonly slots = computed<PageSlot[]>(() => {
    const current = this.page();
    const last = this.pageCount();
    const shown = new Set([1, last, current - 1, current, current + 1].filter((n) => n >= 1 && n <= last));
    const sorted = [...shown].sort((a, b) => a - b);

    const slots: PageSlot[] = [];
    sorted.forEach((pageNumber, index) => {
      if (index > 0 && pageNumber - sorted[index - 1] > 1) {
        slots.push(null);
      }
      slots.push(pageNumber);
    });
    return slots;
  });

  /** Lets the browser handle a click with a modifier key (new tab or window); handles a plain click here. */
  protected follow(event: MouseEvent, target: number): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      return;
    }
    event.preventDefault();
    this.pageChange.emit(target);
  }
}
