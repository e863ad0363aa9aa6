import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../common/config/config';

/** Uploaded files on disk under STORAGE_DIR (a shared volume when several instances run), named by random keys. */
@Injectable()
export class FileStorage {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  private pathOf(key: string): string {
    if (!/^[a-z]+\/[0-9a-f-]{36}\.[a-z]+$/.test(key)) throw new Error('bad storage key');
    return path.join(this.config.storageDir, key);
  }

  async put(folder: string, extension: string, data: Buffer): Promise<string> {
    const key = `${folder}/${randomUUID()}.${extension}`;
    const file = this.pathOf(key);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, data, { flag: 'wx' });
    return key;
  }

  read(key: string): Promise<Buffer> {
    return fs.readFile(this.pathOf(key));
  }

  async remove(key: string | null): Promise<void> {
    if (key) await fs.rm(this.pathOf(key), { force: true });
  }
}
