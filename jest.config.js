// ESM jest: ts-jest compiles TypeScript as ES modules; `npm test` sets
// --experimental-vm-modules, which jest needs to load the ESM-only @actions/* packages.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 30000,
  reporters: ['default', '<rootDir>/test/plain-summary-reporter.cjs']
}
