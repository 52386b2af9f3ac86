/** @type {import('jest').Config} */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }];
module.exports = {
  // Lazy chunks and the functions bundle build make some tests slow on a loaded 2-core machine.
  testTimeout: 30000,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      // The pane's and the browser adapter's tests need a DOM: the 'dom' project runs them.
      // test/e2e holds the Chromium runner (npm run test:browser), not jest tests.
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/taskpane/', '<rootDir>/test/browser/', '<rootDir>/test/e2e/'],
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
      },
    },
    {
      displayName: 'dom',
      testEnvironment: 'jsdom',
      transform: { '^.+\\.tsx?$': tsJest },
      testMatch: ['<rootDir>/test/taskpane/**/*.test.ts?(x)', '<rootDir>/test/browser/**/*.test.ts?(x)'],
      setupFilesAfterEnv: ['<rootDir>/test/taskpane/setup.ts'],
      moduleNameMapper: {
        '^office-addin-manifest$': '<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js',
        '\\.(css)$': '<rootDir>/test/taskpane/style-stub.js',
      },
    },
  ],
};
