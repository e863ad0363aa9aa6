import { createZodDto } from 'nestjs-zod';
import {
  authTokensSchema,
  consentSchema,
  devLoginSchema,
  meSchema,
  myDataExportSchema,
  passwordLoginSchema,
  phoneUpdateSchema,
  privacyPolicySchema,
  refreshSchema,
  registerAccountSchema,
  talentProfileInputSchema,
  talentProfileSchema,
  updateMeSchema,
  wechatLoginSchema,
} from '@ihaigui/shared';

export class PasswordLoginDto extends createZodDto(passwordLoginSchema) {}
export class WechatLoginDto extends createZodDto(wechatLoginSchema) {}
export class DevLoginDto extends createZodDto(devLoginSchema) {}
export class RegisterAccountDto extends createZodDto(registerAccountSchema) {}
export class RefreshDto extends createZodDto(refreshSchema) {}
export class AuthTokensDto extends createZodDto(authTokensSchema) {}
export class MeDto extends createZodDto(meSchema) {}
export class UpdateMeDto extends createZodDto(updateMeSchema) {}
export class ConsentDto extends createZodDto(consentSchema) {}
export class PhoneUpdateDto extends createZodDto(phoneUpdateSchema) {}
export class PrivacyPolicyDto extends createZodDto(privacyPolicySchema) {}
export class TalentProfileInputDto extends createZodDto(talentProfileInputSchema) {}
export class TalentProfileDto extends createZodDto(talentProfileSchema) {}
export class MyDataExportDto extends createZodDto(myDataExportSchema) {}
