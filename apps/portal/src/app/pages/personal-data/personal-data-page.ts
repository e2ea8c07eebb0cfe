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

          <h2 id="adresse-introuvable" tabindex="-1">Demandes « adresse introuvable »</h2>
          <p>
            Lorsque vous signalez une adresse introuvable, depuis DPECothèque ou depuis le Portail Intervenants, le SIEC
            conserve :
          </p>
          <ul>
            <li>
              les informations du formulaire : nom, prénom, adresse mail essayée, adresse mail de contact, autres
              adresses indiquées, rôle ou examen concerné et message ;
            </li>
            <li>les échanges avec le support à propos de la demande : ses questions, vos réponses et ses réponses.</li>
          </ul>
          <p>
            Ces données servent uniquement à retrouver votre compte et à corriger son adresse mail, ou à vous expliquer
            pourquoi ce n’est pas possible. Seuls le support et les gestionnaires du SIEC y ont accès.
          </p>
          <p>
            Douze mois après la clôture de la demande, ces données sont anonymisées : les nom, prénom, adresses,
            message et échanges sont effacés. Seules restent la référence de la demande, son statut et ses dates, à
            des fins statistiques.
          </p>

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
