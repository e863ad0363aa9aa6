import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from '../config/config';
import { DatabaseAvailability } from './availability';
import { dataSourceOptions } from './data-source-options';
import { MigrationRunner } from './migration-runner';
import { withFlavor } from './mysql-admin';

@Module({})
export class DatabaseModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: async () => ({
            ...dataSourceOptions(await withFlavor(config.database), config.databaseLimits),
            // Fail fast with a clear message instead of retrying for half a minute.
            retryAttempts: 1,
            retryDelay: 1000,
          }),
        }),
      ],
      providers: [MigrationRunner, DatabaseAvailability],
      exports: [DatabaseAvailability],
      global: true,
    };
  }
}
