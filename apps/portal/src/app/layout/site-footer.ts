import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** External sites that the DSFR footer of every State service links to. */
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
