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

const common = {
  transform: { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(\\.pnpm/)?(${ESM_ONLY.join('|')})[@/])`],
  moduleNameMapper: { '^@ihaigui/shared$': '<rootDir>/shared/src/index.ts' },
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/server/src/**/*.spec.ts', '<rootDir>/shared/src/**/*.spec.ts'] },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'], setupFilesAfterEnv: ['<rootDir>/test/e2e/support/timeout.ts'] },
    {
      ...common,
      displayName: 'miniapp',
      testMatch: ['<rootDir>/test/miniapp/**/*.miniapp-spec.ts'],
      // These start the real, demo-seeded server too.
      setupFilesAfterEnv: ['<rootDir>/test/e2e/support/timeout.ts'],
      // The mini-app's non-visual modules (request, i18n store) on Node: Taro's APIs over fetch and memory.
      moduleNameMapper: { ...common.moduleNameMapper, '^@tarojs/taro$': '<rootDir>/test/miniapp/support/taro-node.ts' },
    },
    { ...common, displayName: 'browser', testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'] },
  ],
};
