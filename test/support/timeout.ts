// The cap on each test and hook of the project, from its `globals.TEST_TIMEOUT_MS` in jest.config.js (jest's own
// testTimeout is read from the command line and the root config only, not per project).
declare const TEST_TIMEOUT_MS: number | undefined;
if (typeof TEST_TIMEOUT_MS === 'number') jest.setTimeout(TEST_TIMEOUT_MS);
