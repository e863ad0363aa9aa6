import { createZodDto } from 'nestjs-zod';
import { searchQuerySchema, searchResultSchema } from '@ihaigui/shared';

export class SearchQueryDto extends createZodDto(searchQuerySchema) {}
export class SearchResultDto extends createZodDto(searchResultSchema) {}
