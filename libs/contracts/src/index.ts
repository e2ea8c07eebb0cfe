export * from './error-codes';
export * from './auth';
export * from './captcha';
export * from './password-reset';
export * from './account';
export * from './admin';
export * from './address-requests';
