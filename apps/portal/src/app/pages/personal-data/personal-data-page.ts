import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'dpec-personal-data-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-py-6w">
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-md-10 fr-col-lg-8">
          <h1>Données personnelles</h1>
          <p>
            Cette page décrit les données que DPECothèque conserve sur vous, pourquoi et combien de temps, et
            comment exercer vos droits.
          </p>

          <h2>Responsable du traitement</h2>
          <p>Le Service interacadémique des examens et concours (SIEC), la Maison des examens.</p>

          <h2>Données conservées</h2>
          <ul>
            <li>
              Votre compte : nom, prénom, adresse mail et rôles. Il est créé par un gestionnaire du SIEC, pour vous
              permettre d’accéder au service.
            </li>
            <li>
              Votre mot de passe, sous une forme hachée, c’est-à-dire transformée de façon irréversible : personne,
              pas même le SIEC, ne peut le relire.
            </li>
            <li>
              Les liens de réinitialisation de mot de passe envoyés par mail : chacun est valable 24 heures et ne sert
              qu’une fois.
            </li>
          </ul>

          <h2 id="cookies" tabindex="-1">Cookies</h2>
          <p>
            DPECothèque dépose uniquement des cookies strictement nécessaires à son fonctionnement, qui ne demandent
            donc pas votre consentement :
          </p>
          <ul>
            <li>
              un cookie de session, déposé lorsque vous vous connectez, qui vous garde connecté d’une page à l’autre.
              Il est supprimé lorsque vous vous déconnectez ou lorsque la session expire ;
            </li>
            <li>un cookie de sécurité, qui protège les formulaires contre l’envoi de requêtes par un autre site.</li>
          </ul>
          <p>Aucun cookie de mesure d’audience ni de publicité n’est utilisé.</p>

          <h2>Vos droits</h2>
          <p>
            Vous pouvez demander l’accès à vos données, leur rectification ou leur effacement, ainsi que la
            limitation de leur traitement. Contactez pour cela le support du SIEC depuis le Portail Intervenants.
          </p>
          <p>
            Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
            réclamation à la
            <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener"
              title="Adresser une plainte à la CNIL - nouvelle fenêtre">Commission nationale de l’informatique et des libertés (CNIL)</a>.
          </p>
        </div>
      </div>
    </div>
  `,
})
export class PersonalDataPage {}
