// Unit tests of the portal: jsdom, Angular's zoneless test environment, and the
// same @dpec/* path mapping as tsconfig.app.json.
const path = require('node:path');
const { createCjsPreset } = require('jest-preset-angular/presets');

const repositoryRoot = path.resolve(__dirname, '../..');

/** @type {import('jest').Config} */
module.exports = {
  ...createCjsPreset({ tsconfig: path.join(__dirname, 'tsconfig.spec.json') }),
  displayName: 'portal',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  setupFilesAfterEnv: ['<rootDir>/src/setup-jest.ts'],
  moduleNameMapper: {
    '^@dpec/contracts$': `${repositoryRoot}/libs/contracts/src/index.ts`,
    '^@dpec/password-policy$': `${repositoryRoot}/libs/password-policy/src/index.ts`,
    '^@dpec/password-strength$': `${repositoryRoot}/libs/password-policy/src/password-strength.ts`,
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  cacheDirectory: `${repositoryRoot}/node_modules/.cache/jest-portal`,
};
