import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { Public } from '../common/auth/access.decorators';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { SearchQueryDto, SearchResultDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Policies, parks, finance services and announcements containing every word of q (Chinese or English), best first' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: SearchResultDto })
  find(@Query() query: SearchQueryDto) {
    return this.search.search(query);
  }
}
