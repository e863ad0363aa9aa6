import { createZodDto } from 'nestjs-zod';
import {
  idParamSchema,
  organizationPageSchema,
  organizationQueueQuerySchema,
  organizationSchema,
  registerOrganizationSchema,
  verifyOrganizationSchema,
} from '@ihaigui/shared';

export class RegisterOrganizationDto extends createZodDto(registerOrganizationSchema) {}
export class OrganizationDto extends createZodDto(organizationSchema) {}
export class OrganizationPageDto extends createZodDto(organizationPageSchema) {}
export class OrganizationQueueQueryDto extends createZodDto(organizationQueueQuerySchema) {}
export class VerifyOrganizationDto extends createZodDto(verifyOrganizationSchema) {}
export class IdParamDto extends createZodDto(idParamSchema) {}
