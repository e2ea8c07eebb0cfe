import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

// TODO: replace this explanation with the request form once the address-requests API exists.
@Component({
  selector: 'dpec-address-not-found-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <div class="fr-grid-row fr-grid-row--center">
        <div class="fr-col-12 fr-col-md-8">
          <h1>Adresse mail introuvable</h1>
          <p>
            Votre adresse mail n’est pas reconnue, alors que vous pensez avoir un compte ? Votre compte a peut-être
            été enregistré sous une autre adresse mail, par exemple une ancienne adresse ou une adresse professionnelle.
          </p>
          <p>
            Dans ce cas, faites une demande auprès du support du SIEC depuis le Portail Intervenants, en indiquant vos
            nom, prénom et l’adresse mail que vous utilisez aujourd’hui. Le support retrouvera votre compte et corrigera
            son adresse, ou vous répondra.
          </p>
          <p>
            Si vous n’avez jamais eu de compte, sachez que les comptes ne peuvent être créés que par les gestionnaires
            du SIEC.
          </p>
          <p>
            <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/connexion">
              Retour à la page de connexion
            </a>
          </p>
        </div>
      </div>
    </div>
  `,
})
export class AddressNotFoundPage {}
