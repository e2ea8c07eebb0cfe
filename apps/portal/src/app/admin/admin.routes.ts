import { Routes } from '@angular/router';

import { authGuard } from '../core/auth.guards';
import { CONSOLE_TITLE } from './admin-labels';
import { gestionnaireGuard } from './admin.guard';

/** Routes of the admin console, loaded on demand under `/admin`. */
export const ADMIN_ROUTES: Routes = [
  {
    path: 'acces-refuse',
    title: 'Accès refusé',
    canActivate: [authGuard],
    loadComponent: () => import('./access-denied-page').then((m) => m.AccessDeniedPage),
  },
  {
    path: '',
    canActivate: [gestionnaireGuard],
    loadComponent: () => import('./layout/admin-layout').then((m) => m.AdminLayout),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'comptes' },
      {
        path: 'comptes',
        title: `Comptes - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./accounts/account-list-page').then((m) => m.AccountListPage),
      },
      {
        path: 'comptes/nouveau',
        title: `Créer un compte - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./accounts/account-create-page').then((m) => m.AccountCreatePage),
      },
      {
        path: 'comptes/import',
        title: `Importer des comptes - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./import/import-page').then((m) => m.ImportPage),
      },
      {
        // The page replaces this title with one that names the account once it has loaded.
        path: 'comptes/:id',
        title: `Compte - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./accounts/account-detail-page').then((m) => m.AccountDetailPage),
      },
      {
        path: 'journal',
        title: `Journal des actions - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./audit/audit-page').then((m) => m.AuditPage),
      },
    ],
  },
];
