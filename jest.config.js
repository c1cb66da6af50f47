// Jest 30 + ts-jest in ESM mode (run with NODE_OPTIONS=--experimental-vm-modules, see package.json).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
  },
  testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
  testTimeout: 60000,
  // Each run gets its own TMPDIR, and fails if a test leaves cfg-* folders in it (issue 7.11).
  globalSetup: '<rootDir>/__tests__/setup/temp-setup.mjs',
  globalTeardown: '<rootDir>/__tests__/setup/temp-teardown.mjs',
}
