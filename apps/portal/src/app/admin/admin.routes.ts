import { Routes } from '@angular/router';

import { authGuard } from '../core/auth.guards';
import { CONSOLE_TITLE } from './admin-labels';
import { consoleGuard, consoleHomeGuard, gestionnaireGuard } from './admin.guard';

/**
 * Routes of the admin console, loaded on demand under `/admin`. Support agents and
 * gestionnaires share the "Demandes" pages; the other pages are for gestionnaires only.
 */
export const ADMIN_ROUTES: Routes = [
  {
    path: 'acces-refuse',
    title: 'Accès refusé',
    canActivate: [authGuard],
    loadComponent: () => import('./access-denied-page').then((m) => m.AccessDeniedPage),
  },
  {
    path: '',
    canActivate: [consoleGuard],
    loadComponent: () => import('./layout/admin-layout').then((m) => m.AdminLayout),
    children: [
      // consoleGuard has loaded the account by the time this guard runs.
      { path: '', pathMatch: 'full', canActivate: [consoleHomeGuard], children: [] },
      {
        path: 'demandes',
        title: `Demandes - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./address-requests/request-queue-page').then((m) => m.RequestQueuePage),
      },
      {
        // The page replaces this title with one that gives the reference once it has loaded.
        path: 'demandes/:id',
        title: `Demande - ${CONSOLE_TITLE}`,
        loadComponent: () => import('./address-requests/request-detail-page').then((m) => m.RequestDetailPage),
      },
      {
        path: '',
        canActivateChild: [gestionnaireGuard],
        children: [
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
          {
            path: 'cles-api',
            title: `Clés d’API - ${CONSOLE_TITLE}`,
            loadComponent: () => import('./api-keys/api-keys-page').then((m) => m.ApiKeysPage),
          },
        ],
      },
    ],
  },
];
