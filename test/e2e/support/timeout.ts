// A demo-seeded app takes a few seconds to start on a busy 2-core machine; the default 5 s is too tight for hooks.
jest.setTimeout(60_000);
