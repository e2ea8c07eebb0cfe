import { Routes } from '@angular/router';

import { authGuard, homeRedirectGuard } from './core/auth.guards';

/** Public URLs; `/security/reset-password/...` appears in e-mails already sent, so it must not change. */
export const routes: Routes = [
  { path: '', pathMatch: 'full', canActivate: [homeRedirectGuard], children: [] },
  {
    path: 'connexion',
    title: 'Connexion',
    loadComponent: () => import('./pages/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'mot-de-passe-oublie',
    title: 'Demande de réinitialisation de mot de passe',
    loadComponent: () => import('./pages/reset-request/reset-request-page').then((m) => m.ResetRequestPage),
  },
  {
    path: 'security/reset-password/:accountId/:token',
    title: 'Réinitialisation de mot de passe',
    loadComponent: () => import('./pages/reset-password/reset-password-page').then((m) => m.ResetPasswordPage),
  },
  {
    path: 'adresse-introuvable',
    title: 'Adresse introuvable',
    loadComponent: () => import('./pages/address-not-found/address-not-found-page').then((m) => m.AddressNotFoundPage),
  },
  {
    // Sent by e-mail with each question of the support, so the path must not change.
    path: 'adresse-introuvable/reponse/:id/:token',
    title: 'Répondre au support',
    loadComponent: () =>
      import('./pages/address-request-reply/address-request-reply-page').then((m) => m.AddressRequestReplyPage),
  },
  {
    path: 'mon-compte',
    title: 'Mon compte',
    canActivate: [authGuard],
    loadComponent: () => import('./pages/account/account-page').then((m) => m.AccountPage),
  },
  {
    path: 'admin',
    loadChildren: () => import('./admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  },
  {
    path: 'accessibilite',
    title: 'Déclaration d’accessibilité',
    loadComponent: () => import('./pages/accessibility/accessibility-page').then((m) => m.AccessibilityPage),
  },
  {
    path: 'mentions-legales',
    title: 'Mentions légales',
    loadComponent: () => import('./pages/legal-notice/legal-notice-page').then((m) => m.LegalNoticePage),
  },
  {
    path: 'donnees-personnelles',
    title: 'Données personnelles',
    loadComponent: () => import('./pages/personal-data/personal-data-page').then((m) => m.PersonalDataPage),
  },
  {
    path: '**',
    title: 'Page non trouvée',
    loadComponent: () => import('./pages/not-found/not-found-page').then((m) => m.NotFoundPage),
  },
];
