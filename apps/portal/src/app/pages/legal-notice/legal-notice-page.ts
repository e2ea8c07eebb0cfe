import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

// TODO: add the publication director's name and the host's name and address once they are confirmed.
@Component({
  selector: 'dpec-legal-notice-page',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>Mentions légales</h1>

          <h2>Éditeur</h2>
          <p>
            DPECothèque est édité par le Service interacadémique des examens et concours (SIEC), la Maison des
            examens.
          </p>

          <h2>Directeur de la publication</h2>
          <p>Le directeur du SIEC.</p>

          <h2>Hébergement</h2>
          <p>L’hébergeur du service sera indiqué ici lors de sa mise en service.</p>

          <h2>Accessibilité</h2>
          <p>
            Le niveau de conformité du service est décrit dans la
            <a class="fr-link" routerLink="/accessibilite">déclaration d’accessibilité</a>.
          </p>

          <h2>Données personnelles et cookies</h2>
          <p>
            Le traitement de vos données et les cookies utilisés sont décrits dans la page
            <a class="fr-link" routerLink="/donnees-personnelles">Données personnelles</a>.
          </p>

          <h2>Signaler un problème</h2>
          <p>Pour toute question sur ce service, contactez le support du SIEC depuis le Portail Intervenants.</p>
        </div>
      </div>
    </div>
  `,
})
export class LegalNoticePage {}
