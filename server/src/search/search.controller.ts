import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { SearchQueryDto } from './search.dto';
import { SearchService } from './search.service';
import { RateLimit } from '../common/rate-limit/rate-limit';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Endpoint(API.search.find)
  @RateLimit('public', 5)
  @ApiErrorResponses(400, 429)
  find(@Query() query: SearchQueryDto) {
    return this.search.search(query);
  }
}
