import { ChangeDetectionStrategy, Component } from '@angular/core';

// NOTE: the statement declares "non conforme" because no RGAA audit has been made. Update it after one.
@Component({
  selector: 'dpec-accessibility-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>Déclaration d’accessibilité</h1>
          <p>
            Le SIEC, la Maison des examens, s’engage à rendre ses services numériques accessibles, conformément à
            l’article 47 de la loi n° 2005-102 du 11 février 2005. Cette déclaration s’applique au service
            DPECothèque.
          </p>

          <h2>État de conformité</h2>
          <p>
            DPECothèque est <strong>non conforme</strong> au référentiel général d’amélioration de l’accessibilité
            (RGAA), version 4.1, car aucun audit de conformité n’a encore été réalisé.
          </p>

          <h2>Contenus non accessibles connus</h2>
          <ul>
            <li>
              Le code de sécurité à 4 caractères n’est proposé que sous forme d’image. Une alternative sonore est
              prévue. En attendant, une personne qui ne peut pas lire ce code peut demander de l’aide au support du
              SIEC.
            </li>
          </ul>

          <h2>Établissement de cette déclaration</h2>
          <p>Cette déclaration sera complétée à l’issue du premier audit de conformité.</p>

          <h2>Retour d’information et contact</h2>
          <p>
            Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le support du SIEC depuis le
            Portail Intervenants pour être orienté vers une alternative accessible ou obtenir le contenu sous une
            autre forme.
          </p>

          <h2>Voies de recours</h2>
          <p>
            Si vous avez signalé un défaut d’accessibilité sans obtenir de réponse satisfaisante, vous pouvez saisir
            le Défenseur des droits :
          </p>
          <ul>
            <li>
              par le formulaire en ligne du
              <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener"
                title="Formulaire du Défenseur des droits - nouvelle fenêtre">Défenseur des droits</a> ;
            </li>
            <li>auprès de l’un de ses délégués dans votre région ;</li>
            <li>par courrier gratuit, sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
          </ul>
        </div>
      </div>
    </div>
  `,
})
export class AccessibilityPage {}
