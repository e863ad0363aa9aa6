import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SeedHistoryEntity } from './seed-history.entity';

@Injectable()
export class SeedRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Claims a seed set; false when it ran before (or another instance is running it right now). */
  async claim(name: string): Promise<boolean> {
    try {
      await this.dataSource.manager.insert(SeedHistoryEntity, { name, itemCount: 0 });
      return true;
    } catch {
      const existing = await this.dataSource.manager.findOne(SeedHistoryEntity, { where: { name } });
      if (existing) return false;
      throw new Error(`could not record seed ${name}`);
    }
  }

  async complete(name: string, itemCount: number): Promise<void> {
    await this.dataSource.manager.update(SeedHistoryEntity, { name }, { itemCount });
  }

  async release(name: string): Promise<void> {
    await this.dataSource.manager.delete(SeedHistoryEntity, { name });
  }
}
