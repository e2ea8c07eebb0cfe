import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'dpec-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <h1>Page non trouvée</h1>
      <p class="fr-text--sm fr-mb-3w">Erreur 404</p>
      <p class="fr-text--lead">La page que vous cherchez est introuvable.</p>
      <p>
        L’adresse saisie contient peut-être une erreur, ou la page a été déplacée ou supprimée. Si vous avez copié un
        lien reçu par mail, vérifiez qu’il est complet.
      </p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li><a class="fr-btn" routerLink="/">Page d’accueil</a></li>
      </ul>
    </div>
  `,
})
export class NotFoundPage {}
