import { createZodDto } from 'nestjs-zod';
import {
  answerContactRequestSchema,
  contactRequestListQuerySchema,
  contactRequestPageSchema,
  contactRequestSchema,
  createContactRequestSchema,
  financeDetailSchema,
  financeInputObject,
  financeListQuerySchema,
  financePageSchema,
  idParamSchema,
  updateFinanceSchema,
} from '@ihaigui/shared';

export class FinanceIdParamDto extends createZodDto(idParamSchema) {}
export class ContactRequestIdParamDto extends createZodDto(idParamSchema) {}
export class FinanceListQueryDto extends createZodDto(financeListQuerySchema) {}
export class FinancePageDto extends createZodDto(financePageSchema) {}
export class FinanceDetailDto extends createZodDto(financeDetailSchema) {}
export class CreateFinanceDto extends createZodDto(financeInputObject) {}
export class UpdateFinanceDto extends createZodDto(updateFinanceSchema) {}
export class CreateContactRequestDto extends createZodDto(createContactRequestSchema) {}
export class ContactRequestDto extends createZodDto(contactRequestSchema) {}
export class ContactRequestPageDto extends createZodDto(contactRequestPageSchema) {}
export class ContactRequestListQueryDto extends createZodDto(contactRequestListQuerySchema) {}
export class AnswerContactRequestDto extends createZodDto(answerContactRequestSchema) {}
