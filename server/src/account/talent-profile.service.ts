import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CV_MAX_BYTES, type TalentProfile, type TalentProfileInput } from '@ihaigui/shared';
import { AuditService } from '../audit/audit.service';
import { CLOCK, type Clock } from '../common/clock';
import { AppException } from '../common/errors/app.exception';
import type { Upload } from '../common/upload';
import { TalentProfileRepository } from './account.repositories';
import { FileStorage } from './file-storage';
import type { TalentProfileEntity } from './talent-profile.entity';
import { storedFileName } from '../common/file-name';

export const CV_LIMIT_BYTES = CV_MAX_BYTES;

function toTalentProfile(p: TalentProfileEntity): TalentProfile {
  return {
    name: p.name,
    nationality: p.nationality,
    studyCountry: p.studyCountry,
    degree: p.degree,
    school: p.school,
    major: p.major,
    field: p.field,
    returnYear: p.returnYear,
    intent: p.intent,
    visibility: p.visibility,
    birthYear: p.birthYear,
    yearsAbroad: p.yearsAbroad,
    industry: p.industry,
    district: p.district,
    cv:
      p.cvKey && p.cvUploadedAt
        ? { fileName: p.cvFileName ?? 'cv.pdf', size: p.cvSize ?? 0, uploadedAt: p.cvUploadedAt.toISOString() }
        : null,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** Judged by content: a PDF starts with "%PDF-", whatever the file is called. */
export function isPdf(data: Buffer): boolean {
  return data.subarray(0, 5).toString('latin1') === '%PDF-';
}

@Injectable()
export class TalentProfileService {
  constructor(
    private readonly profiles: TalentProfileRepository,
    private readonly files: FileStorage,
    private readonly audit: AuditService,
    private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async get(userId: number): Promise<TalentProfile> {
    return toTalentProfile(await this.require(userId));
  }

  async save(userId: number, input: TalentProfileInput): Promise<TalentProfile> {
    return this.dataSource.transaction(async (em) => {
      const existing = await this.profiles.findByUserId(userId, em);
      const saved = await this.profiles.save({ ...existing, ...input, userId }, em);
      await this.audit.insert(
        {
          actorId: userId,
          action: existing ? 'profile.update' : 'profile.create',
          entityType: 'talent_profile',
          entityId: userId,
        },
        em,
      );
      return toTalentProfile(saved);
    });
  }

  async uploadCv(userId: number, upload: Upload): Promise<TalentProfile> {
    const profile = await this.require(userId);
    if (upload.data.length > CV_LIMIT_BYTES) throw new AppException('CV_TOO_LARGE', 413);
    if (!isPdf(upload.data)) throw new AppException('CV_NOT_PDF', 400);
    const key = await this.files.put('cv', 'pdf', upload.data);
    const fileName = storedFileName(upload.fileName, 'pdf');
    const saved = await this.dataSource.transaction(async (em) => {
      const next = await this.profiles.save(
        { ...profile, cvKey: key, cvFileName: fileName, cvSize: upload.data.length, cvUploadedAt: this.clock.now() },
        em,
      );
      await this.audit.insert(
        { actorId: userId, action: 'profile.cv', entityType: 'talent_profile', entityId: userId },
        em,
      );
      return next;
    });
    await this.files.remove(profile.cvKey);
    return toTalentProfile(saved);
  }

  async readCv(userId: number): Promise<{ fileName: string; data: Buffer }> {
    const profile = await this.require(userId);
    if (!profile.cvKey) throw new AppException('PROFILE_NOT_FOUND', 404, 'no cv');
    return { fileName: profile.cvFileName ?? 'cv.pdf', data: await this.files.read(profile.cvKey) };
  }

  private async require(userId: number): Promise<TalentProfileEntity> {
    const profile = await this.profiles.findByUserId(userId);
    if (!profile) throw new AppException('PROFILE_NOT_FOUND', 404);
    return profile;
  }
}
