import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { SERVER_START_TIMEOUT_MS, startServerProcess } from '../support/server-process';

const MAIN = path.resolve(__dirname, '..', '..', 'server', 'dist', 'main.js');

function runServer(env: Record<string, string>) {
  return spawnSync(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: SERVER_START_TIMEOUT_MS,
    killSignal: 'SIGKILL',
  });
}

describe('server process start-up', () => {
  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ DATABASE_URL: 'postgres://localhost/db' }, 'DATABASE_URL'],
    [{ DATABASE_URL: 'mysql://root@127.0.0.1:3306' }, 'DATABASE_URL'],
    [{ REDIS_URL: 'http://localhost:6379' }, 'REDIS_URL'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
  ])('refuses bad configuration %j, naming the variable', (env, variable) => {
    const res = runServer(env);
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('Invalid configuration');
    expect(res.stderr).toContain(`${variable}:`);
  });

  it('refuses to listen beyond loopback with the development JWT secret', () => {
    for (const env of [{}, { NODE_ENV: 'development' }, { NODE_ENV: 'test' }] as Array<Record<string, string>>) {
      const res = runServer({ ...env, HOST: '0.0.0.0', DATABASE_URL: 'sqlite::memory:', H5_DIR: '' });
      expect(res.status).toBe(1);
      expect(res.stderr).toContain('JWT_SECRET: required when listening on 0.0.0.0');
    }
  });

  it('outside loopback with a real secret: starts, and sign-in as a demo persona is refused', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-start-'));
    try {
      const server = await startServerProcess({
        main: MAIN,
        env: {
          PATH: process.env.PATH ?? '',
          PORT: '0',
          HOST: '0.0.0.0',
          JWT_SECRET: 'a-real-secret-of-at-least-thirty-two-chars',
          DATABASE_URL: `sqlite:${dir}/app.sqlite`,
          H5_DIR: '',
        },
      });
      try {
        const res = await fetch(`${server.url.replace('localhost', '127.0.0.1')}api/v1/auth/dev-login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ persona: 'admin' }),
        });
        expect(res.status).toBe(403);
        expect(((await res.json()) as { code: string }).code).toBe('DEV_LOGIN_DISABLED');
      } finally {
        expect(await server.stop()).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('starts on the embedded SQLite file, prints its URL and stops cleanly on SIGTERM', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ihaigui-start-'));
    try {
      const server = await startServerProcess({
        main: MAIN,
        env: {
          PATH: process.env.PATH ?? '',
          PORT: '0',
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:${dir}/app.sqlite`,
          H5_DIR: '',
        },
      });
      try {
        const res = await fetch(`${server.url}api/v1/announcements?pageSize=1`);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { total: number }).total).toBeGreaterThanOrEqual(20);
      } finally {
        // SIGTERM: a clean shutdown exits 0.
        expect(await server.stop()).toBe(0);
      }
      expect(server.output()).toContain('shutting down');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('create-admin command', () => {
  it('creates the first admin, refuses a weak password, and the admin can sign in', async () => {
    const { createTestDatabase, startTestApp } = await import('./support/test-app');
    const db = await createTestDatabase('sqlite');
    const cli = path.resolve(__dirname, '..', '..', 'server', 'dist', 'cli', 'create-admin.js');
    const run = (password: string) =>
      spawnSync(process.execPath, [cli, 'first_admin', '首位管理员'], {
        env: { PATH: process.env.PATH ?? '', DATABASE_URL: db.url, ADMIN_PASSWORD: password },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    try {
      const weak = run('short');
      expect(weak.status).toBe(1);
      expect(weak.stderr).toContain('PASSWORD_TOO_WEAK');
      const ok = run('a strong admin pass 2026');
      expect(ok.stdout).toContain('admin "first_admin" created');
      expect(run('a strong admin pass 2026').stderr).toContain('USERNAME_TAKEN');
      const t = await startTestApp('sqlite', { database: db });
      try {
        const login = await t.http
          .post('/api/v1/auth/login')
          .send({ username: 'first_admin', password: 'a strong admin pass 2026' })
          .expect(200);
        expect(login.body.user).toMatchObject({ role: 'admin', displayName: '首位管理员' });
      } finally {
        await t.close();
      }
    } finally {
      await db.drop();
    }
  });
});
