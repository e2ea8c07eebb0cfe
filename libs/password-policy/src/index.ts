export * from './password-policy';
export * from './common-passwords';
