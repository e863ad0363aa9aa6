/**
 * Imports policies from an .xlsx made from the template (GET /api/v1/staff/policies/import/template):
 *   node server/dist/cli/import-policies.js <file.xlsx> [--valid-rows] [--dry-run]
 * Every row is checked first; with errors nothing is written unless --valid-rows is given. Imported policies are
 * drafts for staff to review and publish. Progress is drawn on stderr; the report goes to stdout.
 */
import 'reflect-metadata';
import * as fs from 'node:fs/promises';
import { NestFactory } from '@nestjs/core';
import { errorMessage, resolveLocale } from '@ihaigui/shared';
import { AppModule } from '../app.module';
import { ConfigError, loadConfig } from '../common/config/config';
import { AppException } from '../common/errors/app.exception';
import { PolicyImportService } from '../policy/policy-import.service';
import { ProgressBar } from './progress-bar';

async function main() {
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--'));
  const unknown = args.filter((a) => a.startsWith('--') && a !== '--valid-rows' && a !== '--dry-run');
  if (!file || unknown.length > 0) throw new Error('usage: import-policies <file.xlsx> [--valid-rows] [--dry-run]');
  const data = await fs.readFile(file);
  const config = { ...loadConfig(), seedDemo: false };
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  const bar = new ProgressBar(process.stderr);
  try {
    const report = await app.get(PolicyImportService).import(data, {
      mode: args.includes('--valid-rows') ? 'valid_rows' : 'all_or_nothing',
      dryRun: args.includes('--dry-run'),
      actorId: null,
      locale: resolveLocale(process.env.LANG?.replace('_', '-')),
      onProgress: (phase, done, total) => bar.update(phase === 'check' ? 'checking' : 'importing', done, total),
    });
    bar.done();
    printErrors(report.errors);
    console.log(
      `${report.dryRun ? 'checked' : 'imported'}: ${report.dryRun ? report.validRows : report.imported} of ${report.totalRows} rows` +
        (report.invalidRows.length ? `; invalid rows: ${report.invalidRows.join(', ')}` : ''),
    );
  } catch (err) {
    bar.done();
    if (err instanceof AppException && err.extra?.report) {
      printErrors(err.extra.report.errors);
      console.error(
        `nothing imported: ${err.extra.report.invalidRows.length} invalid row(s) of ${err.extra.report.totalRows}`,
      );
      process.exitCode = 2;
      return;
    }
    throw err;
  } finally {
    await app.close();
  }
}

function printErrors(errors: Array<{ row: number; column: string; header: string; message: string }>) {
  for (const e of errors) console.log(`row ${e.row}, column ${e.column} (${e.header}): ${e.message}`);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else if (err instanceof AppException) console.error(`${err.code}: ${errorMessage(err.code, 'en')}`);
  else console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
