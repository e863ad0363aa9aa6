import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { ZodResponse } from 'nestjs-zod';
import { ApiErrorResponses } from '../common/errors/api-error.decorator';
import { AnnouncementDetailDto, AnnouncementIdParamDto, AnnouncementListQueryDto, AnnouncementPageDto } from './announcement.dto';
import { AnnouncementService } from './announcement.service';

@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementController {
  constructor(private readonly announcements: AnnouncementService) {}

  @Get()
  @ApiOperation({ summary: 'Published announcements, pinned first then newest' })
  @ApiErrorResponses(400)
  @ZodResponse({ type: AnnouncementPageDto })
  list(@Query() query: AnnouncementListQueryDto) {
    return this.announcements.listPublished(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One published announcement; counts a view' })
  @ApiErrorResponses(400, 404)
  @ZodResponse({ type: AnnouncementDetailDto })
  detail(@Param() params: AnnouncementIdParamDto) {
    return this.announcements.readPublished(params.id);
  }
}
