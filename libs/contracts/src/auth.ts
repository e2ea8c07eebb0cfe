export type Role = 'intervenant' | 'gestionnaire' | 'support';

export const ROLES: readonly Role[] = ['intervenant', 'gestionnaire', 'support'];

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  email: string;
  password: string;
  captchaId: string;
  captchaCode: string;
}

/** The logged-in account, as `GET /api/auth/me` returns it. */
export interface AccountView {
  id: number;
  email: string;
  firstName: string;
  lastName: string;
  roles: Role[];
}

/** Response of `POST /api/auth/login`. */
export interface LoginResponse {
  account: AccountView;
}
