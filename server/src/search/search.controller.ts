import { Controller, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { API } from '@ihaigui/shared';
import { Endpoint } from '../common/contract/endpoint';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { SearchQueryDto } from './search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller()
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Endpoint(API.search.find)
  @ApiErrorResponses(400)
  find(@Query() query: SearchQueryDto) {
    return this.search.search(query);
  }
}
