/** One jest run, three kinds of tests: unit (next to the code), API e2e (test/e2e), browser (test/browser). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// htmlparser2 (under sanitize-html) and its helpers ship ESM only; Node loads them natively, jest needs them compiled.
const ESM_ONLY = ['htmlparser2', 'domhandler', 'domutils', 'dom-serializer', 'domelementtype', 'entities'];

/**
 * Time caps, not expected durations: a demo-seeded server or a browser page can be slow on a busy machine, and a test
 * that waits for its condition ends as soon as it holds. TEST_TIMEOUT_MS overrides every cap.
 */
const cap = (ms) => Number(process.env.TEST_TIMEOUT_MS) || ms;
/** jest reads testTimeout from the root config only: each project sets its cap in a setup file. */
const timeout = (ms) => ({
  globals: { TEST_TIMEOUT_MS: cap(ms) },
  setupFilesAfterEnv: ['<rootDir>/test/support/timeout.ts'],
});

const common = {
  transform: { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${ESM_ONLY.join('|')})[@/])`],
  moduleNameMapper: { '^@ihaigui/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/shared/src/**/*.spec.ts'],
      ...timeout(60_000),
    },
    // Each file starts a demo-seeded app (or the built server) in its hooks.
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'], ...timeout(240_000) },
    {
      ...common,
      displayName: 'miniapp',
      testMatch: ['<rootDir>/test/miniapp/**/*.miniapp-spec.ts'],
      // These start the real, demo-seeded server too.
      ...timeout(240_000),
      // The mini-app's non-visual modules (request, i18n store) on Node: Taro's APIs over fetch and memory.
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/taro$': '<rootDir>/test/miniapp/support/taro-node.ts',
        '^@/(.*)$': '<rootDir>/miniapp/src/$1',
      },
    },
    // A browser test walks a whole flow through several pages; its server start alone may take minutes under load.
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
      ...timeout(420_000),
    },
  ],
};
