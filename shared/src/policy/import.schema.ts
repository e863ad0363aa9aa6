import { z } from 'zod';

export const IMPORT_MODES = ['all_or_nothing', 'valid_rows'] as const;
export const importModeSchema = z.enum(IMPORT_MODES);
export type ImportMode = z.infer<typeof importModeSchema>;

export const importQuerySchema = z.object({
  mode: importModeSchema
    .default('all_or_nothing')
    .describe('valid_rows imports the rows that passed and reports the rest'),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true')
    .describe('Check the file without writing anything'),
});
export type ImportQuery = z.infer<typeof importQuerySchema>;

export const importRowErrorSchema = z.object({
  row: z.number().int().describe('Spreadsheet row number as Excel shows it (the header is row 1)'),
  column: z.string().describe('Column letter, e.g. "C"'),
  header: z.string().describe('The column header'),
  field: z.string(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importReportSchema = z.object({
  mode: importModeSchema,
  dryRun: z.boolean(),
  totalRows: z.number().int(),
  validRows: z.number().int(),
  invalidRows: z.array(z.number().int()),
  imported: z.number().int().describe('Policies written (as drafts); 0 when the file was refused or on a dry run'),
  importedIds: z.array(z.number().int()),
  errors: z.array(importRowErrorSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
