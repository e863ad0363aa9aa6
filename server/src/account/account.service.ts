import { Injectable } from '@nestjs/common';
import type { Role } from '@ihaigui/shared';
import { AppException } from '../common/errors/app.exception';
import { ConsentRepository, TalentProfileRepository, UserRepository } from './account.repositories';
import { assertStrongPassword, hashPassword } from './password';
import type { UserEntity } from './user.entity';

/** Accounts as other features see them: who a user is, their talent profile, their latest consent; creating staff. */
@Injectable()
export class AccountService {
  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly profiles: TalentProfileRepository,
  ) {}

  /** The user unless the account was deleted. */
  findActiveById(id: number): Promise<UserEntity | null> {
    return this.users.findActiveById(id);
  }

  findByUsername(username: string): Promise<UserEntity | null> {
    return this.users.findByUsername(username);
  }

  findLatestConsent(userId: number) {
    return this.consents.findLatest(userId);
  }

  findTalentProfile(userId: number) {
    return this.profiles.findByUserId(userId);
  }

  /** A password account for staff (or another admin): a strong password and a free username. */
  async createWithPassword(input: {
    role: Role;
    username: string;
    displayName: string;
    password: string;
  }): Promise<UserEntity> {
    assertStrongPassword(input.password, input.username);
    if (await this.users.findByUsername(input.username)) throw AppException.conflict('USERNAME_TAKEN');
    return this.users.insert({
      role: input.role,
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(input.password),
    });
  }
}
