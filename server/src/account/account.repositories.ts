import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull, MoreThan } from 'typeorm';
import { ConsentEntity } from './consent.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { TalentProfileEntity } from './talent-profile.entity';
import { UserEntity } from './user.entity';

/** Base for repositories whose methods can join a caller's transaction. Decorated so its constructor types reach Nest. */
@Injectable()
abstract class Repo {
  constructor(protected readonly dataSource: DataSource) {}
  protected em(manager?: EntityManager): EntityManager {
    return manager ?? this.dataSource.manager;
  }
}

@Injectable()
export class UserRepository extends Repo {
  findById(id: number, manager?: EntityManager) {
    return this.em(manager).findOne(UserEntity, { where: { id } });
  }

  findActiveById(id: number) {
    return this.em().findOne(UserEntity, { where: { id, deletedAt: IsNull() } });
  }

  findByUsername(username: string) {
    return this.em().findOne(UserEntity, { where: { username } });
  }

  findByOpenid(openid: string) {
    return this.em().findOne(UserEntity, { where: { openid } });
  }

  insert(values: Partial<UserEntity>, manager?: EntityManager) {
    const em = this.em(manager);
    return em.save(em.create(UserEntity, values));
  }

  async update(id: number, values: Partial<UserEntity>, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(UserEntity, { id }, values);
  }
}

@Injectable()
export class ConsentRepository extends Repo {
  findLatest(userId: number) {
    return this.em().findOne(ConsentEntity, { where: { userId }, order: { grantedAt: 'DESC', id: 'DESC' } });
  }

  findAllForUser(userId: number) {
    return this.em().find(ConsentEntity, { where: { userId }, order: { id: 'ASC' } });
  }

  insert(values: Pick<ConsentEntity, 'userId' | 'policyVersion' | 'grantedAt'>, manager?: EntityManager) {
    const em = this.em(manager);
    return em.save(em.create(ConsentEntity, values));
  }
}

@Injectable()
export class RefreshTokenRepository extends Repo {
  findByHash(tokenHash: string) {
    return this.em().findOne(RefreshTokenEntity, { where: { tokenHash } });
  }

  findForUser(userId: number) {
    return this.em().find(RefreshTokenEntity, { where: { userId }, order: { createdAt: 'ASC' } });
  }

  async insert(values: Omit<RefreshTokenEntity, 'createdAt' | 'revokedAt'>, manager?: EntityManager): Promise<void> {
    const em = this.em(manager);
    await em.save(em.create(RefreshTokenEntity, { ...values, revokedAt: null }));
  }

  /** Marks one token used; false when it was already revoked (so a parallel refresh loses the race). */
  async revokeIfActive(id: string, at: Date, manager?: EntityManager): Promise<boolean> {
    const result = await this.em(manager).update(RefreshTokenEntity, { id, revokedAt: IsNull() }, { revokedAt: at });
    return (result.affected ?? 0) > 0;
  }

  /** True while the session has a token that was neither used nor revoked and has not expired. */
  async familyHasActiveToken(familyId: string, now: Date): Promise<boolean> {
    const count = await this.em().count(RefreshTokenEntity, {
      where: { familyId, revokedAt: IsNull(), expiresAt: MoreThan(now) },
    });
    return count > 0;
  }

  async revokeFamily(familyId: string, at: Date, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(RefreshTokenEntity, { familyId, revokedAt: IsNull() }, { revokedAt: at });
  }

  async revokeAllForUser(userId: number, at: Date, manager?: EntityManager): Promise<void> {
    await this.em(manager).update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: at });
  }
}

@Injectable()
export class TalentProfileRepository extends Repo {
  findByUserId(userId: number, manager?: EntityManager) {
    return this.em(manager).findOne(TalentProfileEntity, { where: { userId } });
  }

  save(values: Partial<TalentProfileEntity> & { userId: number }, manager?: EntityManager) {
    const em = this.em(manager);
    return em.save(em.create(TalentProfileEntity, values));
  }

  async delete(userId: number, manager?: EntityManager): Promise<void> {
    await this.em(manager).delete(TalentProfileEntity, { userId });
  }
}
