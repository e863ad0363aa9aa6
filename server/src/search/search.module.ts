import { Module } from '@nestjs/common';
import { SearchController } from './search.controller';
import { SearchIndexer } from './search.indexer';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

@Module({
  controllers: [SearchController],
  providers: [SearchRepository, SearchIndexer, SearchService],
  exports: [SearchIndexer],
})
export class SearchModule {}
