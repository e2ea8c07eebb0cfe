// Unit tests (libs, API) and the API suite over HTTP. The portal has its own
// config (apps/portal/jest.config.js) and the browser suite runs under Playwright.
const moduleNameMapper = {
  '^@dpec/contracts$': '<rootDir>/libs/contracts/src/index.ts',
  '^@dpec/password-policy$': '<rootDir>/libs/password-policy/src/index.ts',
  '^@dpec/password-strength$': '<rootDir>/libs/password-policy/src/password-strength.ts',
};

const transform = {
  '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
};

const common = { rootDir: __dirname, testEnvironment: 'node', moduleNameMapper, transform, moduleFileExtensions: ['ts', 'js', 'json'] };

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'libs', testMatch: ['<rootDir>/libs/**/*.spec.ts'] },
    { ...common, displayName: 'api', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/api/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
    },
  ],
};
