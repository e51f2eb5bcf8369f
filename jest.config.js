/**
 * Test kinds by suffix: *.unit.spec.ts (pure), *.int.spec.ts (adapters on real SQLite),
 * *.e2e.spec.ts (the app over HTTP), *.faults.spec.ts (the long fault tests, run apart by
 * jest.faults.config.mjs). Suites for server-backed adapters run only where their server is
 * configured: *.esdb.int.spec.ts with EVENTSTORE_CONNECTION_STRING,
 * *.mongo.int.spec.ts with MONGODB_URI; the browser suite *.chromium.e2e.spec.ts runs where
 * CHROMIUM_PATH names a Chromium to drive.
 */
const serverSuites = [
  ['EVENTSTORE_CONNECTION_STRING', '\\.esdb\\.int\\.spec\\.ts$'],
  ['MONGODB_URI', '\\.mongo\\.int\\.spec\\.ts$'],
  ['CHROMIUM_PATH', '\\.chromium\\.e2e\\.spec\\.ts$'],
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/test'],
  testRegex: '\\.spec\\.ts$',
  testPathIgnorePatterns: [
    '/node_modules/',
    // Long and heavy on the machine: `npm run test:faults` (jest.faults.config.mjs) runs them.
    '\\.faults\\.spec\\.ts$',
    ...serverSuites.filter(([variable]) => !process.env[variable]).map(([, pattern]) => pattern),
  ],
  // content-disposition (through @fastify/static, for the /docs page) and jose (issuer tokens) ship
  // only as ES modules, which Node 20.19 requires natively but Jest does not: SWC turns them into
  // CommonJS for the tests.
  transform: { '^.+\\.ts$': swc, '/node_modules/(content-disposition|jose)/.+\\.js$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|jose)/)'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  moduleNameMapper: {
    '^@ledger/([a-z-]+)$': '<rootDir>/libs/$1/src',
    '^@ledger/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  testTimeout: 20000,
  // Names the run, so that suites starting the built service build it once per run.
  globalSetup: '<rootDir>/test/support/jest-run.ts',
};
