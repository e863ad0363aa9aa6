import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import {
  channelStatsSchema,
  channelTagSchema,
  closePositionSchema,
  extendPositionSchema,
  favoriteStateSchema,
  idParamSchema,
  pageQuerySchema,
  positionDetailSchema,
  positionInputSchema,
  positionListQuerySchema,
  positionPageSchema,
  positionRecordPageSchema,
  positionRecordSchema,
  positionShareSchema,
  positionStatusSchema,
  reviewPositionSchema,
  shareQuerySchema,
  staffPositionQuerySchema,
  updatePositionSchema,
} from '@ihaigui/shared';

export class PositionIdParamDto extends createZodDto(idParamSchema) {}
export class PositionListQueryDto extends createZodDto(positionListQuerySchema) {}
export class PositionPageDto extends createZodDto(positionPageSchema) {}
export class PositionDetailDto extends createZodDto(positionDetailSchema) {}
/** A share link's channel tag; a malformed one is ignored rather than breaking the page it opens. */
export class PositionDetailQueryDto extends createZodDto(z.object({ channel: channelTagSchema.optional().catch(undefined) })) {}
export class PositionFavoritesQueryDto extends createZodDto(pageQuerySchema) {}
export class PositionFavoriteStateDto extends createZodDto(favoriteStateSchema) {}
export class PositionInputDto extends createZodDto(positionInputSchema) {}
export class UpdatePositionDto extends createZodDto(updatePositionSchema) {}
export class PositionRecordDto extends createZodDto(positionRecordSchema) {}
export class PositionRecordPageDto extends createZodDto(positionRecordPageSchema) {}
export class OrgPositionQueryDto extends createZodDto(pageQuerySchema.extend({ status: positionStatusSchema.optional() })) {}
export class ClosePositionDto extends createZodDto(closePositionSchema) {}
export class ExtendPositionDto extends createZodDto(extendPositionSchema) {}
export class ShareQueryDto extends createZodDto(shareQuerySchema) {}
export class PositionShareDto extends createZodDto(positionShareSchema) {}
export class ChannelStatsDto extends createZodDto(channelStatsSchema) {}
export class StaffPositionQueryDto extends createZodDto(staffPositionQuerySchema) {}
export class ReviewPositionDto extends createZodDto(reviewPositionSchema) {}
