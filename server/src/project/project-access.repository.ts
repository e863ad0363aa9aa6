import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { Degree, Industry } from '@ihaigui/shared';
import { TalentProfileEntity } from '../account/talent-profile.entity';
import { UserEntity } from '../account/user.entity';
import { IntentionEntity } from '../intention/intention.entity';

/** A talent profile that opted in to be found, with the account's display name. */
export type TalentCardRow = TalentProfileEntity & { user: Pick<UserEntity, 'id' | 'displayName'> };

/**
 * Read-only questions the project feature asks about intentions (owned by the intention feature) and about the talents
 * organisations may browse, one statement each.
 */
@Injectable()
export class ProjectAccessRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Of the open-intention keys given, those held by an open intention now. */
  async findOpenKeys(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.dataSource.manager.find(IntentionEntity, {
      select: { id: true, openKey: true },
      where: { openKey: In(keys) },
    });
    return new Set(rows.map((r) => r.openKey).filter((k): k is string => k !== null));
  }

  /**
   * Talents whose profile is visible to organisations (public or verified organisations only), most recently updated
   * first: page + count. Deleted accounts have no profile; the join keeps out any non-talent account all the same.
   */
  findOptedInTalentPage(params: {
    industry?: Industry;
    degree?: Degree;
    offset: number;
    limit: number;
  }): Promise<[TalentCardRow[], number]> {
    const qb = this.dataSource.manager
      .createQueryBuilder(TalentProfileEntity, 'tp')
      .innerJoinAndMapOne('tp.user', UserEntity, 'u', 'u.id = tp.userId AND u.role = :talent AND u.deletedAt IS NULL', {
        talent: 'talent',
      })
      .select([
        'tp.userId',
        'tp.degree',
        'tp.studyCountry',
        'tp.major',
        'tp.industry',
        'tp.intent',
        'tp.returnYear',
        'tp.updatedAt',
        'u.id',
        'u.displayName',
      ])
      .where('tp.visibility IN (:...visible)', { visible: ['public', 'verified_orgs'] });
    if (params.industry) qb.andWhere('tp.industry = :industry', { industry: params.industry });
    if (params.degree) qb.andWhere('tp.degree = :degree', { degree: params.degree });
    return qb
      .orderBy('tp.updatedAt', 'DESC')
      .addOrderBy('tp.userId', 'DESC')
      .offset(params.offset)
      .limit(params.limit)
      .getManyAndCount() as Promise<[TalentCardRow[], number]>;
  }
}
