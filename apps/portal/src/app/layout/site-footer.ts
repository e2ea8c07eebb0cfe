import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Government sites linked from the DSFR footer. */
const GOVERNMENT_SITES: readonly string[] = [
  'legifrance.gouv.fr',
  'gouvernement.fr',
  'service-public.fr',
  'data.gouv.fr',
];

@Component({
  selector: 'dpec-site-footer',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './site-footer.html',
})
export class SiteFooter {
  protected readonly governmentSites = GOVERNMENT_SITES;
}
