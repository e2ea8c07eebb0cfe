import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Shown to a logged-in account whose roles do not allow the console page it opens. */
@Component({
  selector: 'dpec-access-denied-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <h1>Accès refusé</h1>
      <p class="fr-text--sm fr-mb-3w">Erreur 403</p>
      <p class="fr-text--lead">Votre compte ne permet pas d’ouvrir cette page de la console de gestion.</p>
      <p>
        La console est réservée aux gestionnaires et au support du SIEC, et seuls les gestionnaires gèrent les comptes,
        les imports, le journal des actions et les clés d’API. Si vous pensez avoir besoin de cet accès, demandez à un
        gestionnaire d’ajouter le rôle nécessaire à votre compte.
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><a class="fr-btn" routerLink="/mon-compte">Mon compte</a></li>
      </ul>
    </div>
  `,
})
export class AccessDeniedPage {}
