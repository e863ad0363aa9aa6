/**
 * Creates the first administrator (later ones are created by admins in the console):
 *   ADMIN_PASSWORD=… node server/dist/cli/create-admin.js <username> [display name]
 * The password comes from the environment (or is asked for on a terminal), never from the command line,
 * so it does not end up in shell history or the process list.
 */
import 'reflect-metadata';
import * as readline from 'node:readline/promises';
import { NestFactory } from '@nestjs/core';
import { AdminService } from '../admin/admin.service';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import { errorMessage } from '@ihaigui/shared';

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('set ADMIN_PASSWORD (no terminal to ask on)');
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('Password for the new admin (at least 10 characters, letters and digits): ');
  } finally {
    rl.close();
  }
}

async function main() {
  const [username, displayName] = process.argv.slice(2);
  if (!username) throw new Error('usage: create-admin <username> [display name]');
  const config = { ...loadConfig(), seedDemo: false };
  const password = await askPassword();
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const admin = await app
      .get(AdminService)
      .createStaff(null, { username, password, displayName: displayName ?? username, role: 'admin' });
    console.log(`admin "${admin.username}" created (id ${admin.id})`);
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else if (err instanceof AppException) console.error(`${err.code}: ${errorMessage(err.code, 'en')}`);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
