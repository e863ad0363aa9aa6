import { Column, CreateDateColumn, UpdateDateColumn, type ColumnOptions } from 'typeorm';

/**
 * Column types that behave the same on MySQL/MariaDB and SQLite (see the toolchain notes):
 * datetime with millisecond precision, never `timestamp` or native `enum`.
 */
export const DateTimeColumn = (options: ColumnOptions = {}) => Column({ type: 'datetime', precision: 3, ...options });
/**
 * TypeORM gives these a CURRENT_TIMESTAMP(6) default on MySQL, which MySQL 8 refuses on a datetime(3) column,
 * so the bookkeeping timestamps use microsecond precision.
 */
export const CreatedAtColumn = () => CreateDateColumn({ type: 'datetime', precision: 6 });
export const UpdatedAtColumn = () => UpdateDateColumn({ type: 'datetime', precision: 6 });
