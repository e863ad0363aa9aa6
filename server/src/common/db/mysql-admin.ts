import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config/config';

const SAFE_NAME = /^[A-Za-z0-9_]+$/;

/** The same server URL pointing at another database. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const u = new URL(url);
  u.pathname = '/';
  const conn = await createConnection({ uri: u.toString() });
  try {
    await conn.query(sql);
  } finally {
    await conn.end();
  }
}

/** Fresh, empty databases for migration checks and tests; names are generated, never user input. */
export async function createDatabase(url: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${database}`);
  await adminQuery(url, `CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
}

export async function dropDatabase(url: string, database: string): Promise<void> {
  if (!SAFE_NAME.test(database)) throw new Error(`unsafe database name ${database}`);
  await adminQuery(url, `DROP DATABASE IF EXISTS \`${database}\``);
}

/** MySQL and MariaDB speak the same protocol but describe their schemas differently; TypeORM needs to know which. */
export async function detectMysqlFlavor(url: string): Promise<'mysql' | 'mariadb'> {
  const conn = await createConnection({ uri: url });
  try {
    const [rows] = await conn.query('SELECT VERSION() AS version');
    const version = String((rows as Array<{ version: string }>)[0]?.version ?? '');
    return /mariadb/i.test(version) ? 'mariadb' : 'mysql';
  } finally {
    await conn.end();
  }
}

export async function withFlavor(db: DatabaseConfig): Promise<DatabaseConfig> {
  if (db.type !== 'mysql' || db.flavor) return db;
  return { ...db, flavor: await detectMysqlFlavor(db.url) };
}
