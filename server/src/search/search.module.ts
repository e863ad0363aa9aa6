import { Module } from '@nestjs/common';
import { SearchIndexer } from './search.indexer';

@Module({ providers: [SearchIndexer], exports: [SearchIndexer] })
export class SearchModule {}
