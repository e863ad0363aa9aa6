import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { usccCheckCharacter } from '@ihaigui/shared';
// Seed: personas are written as they would be after sign-up and consent, with no sign-in flow to go through.
import { ConsentRepository, TalentProfileRepository, UserRepository } from '../account/account.repositories';
import { DEMO_PASSWORD, DEMO_PERSONA_USERNAMES } from '../account/demo-personas';
import { hashPassword } from '../account/password';
import { PRIVACY_POLICY_VERSION } from '../account/privacy-policy';
import type { Clock } from '../common/clock';
// Seed: the personas' organisations are inserted already verified, with their owner as member.
import { OrganizationRepository } from '../organization/organization.repository';

/** A valid credit code from a 17-character body (the check character is computed, not invented). */
const uscc = (body: string) => body + usccCheckCharacter(body);

/**
 * The people a newcomer can try the portal as: a returnee PhD, a verified and a not-yet-verified enterprise,
 * a staff member and an admin. Fictional people and companies; the organisations sit in Xiamen's real districts.
 */
@Injectable()
export class DemoPersonasSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly profiles: TalentProfileRepository,
    private readonly organizations: OrganizationRepository,
    private readonly dataSource: DataSource,
  ) {}

  async run(clock: Clock): Promise<number> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = clock.now();
    return this.dataSource.transaction(async (em) => {
      const mk = (
        role: 'talent' | 'enterprise' | 'staff' | 'admin',
        key: keyof typeof DEMO_PERSONA_USERNAMES,
        displayName: string,
        phone: string | null,
      ) =>
        this.users.insert(
          { role, username: DEMO_PERSONA_USERNAMES[key], passwordHash, displayName, phone, locale: 'zh-CN' },
          em,
        );

      const talent = await mk('talent', 'talent', '林海川', '13812345678');
      const enterprise = await mk('enterprise', 'enterprise', '陈思远', '13923456789');
      const enterpriseNew = await mk('enterprise', 'enterprise_unverified', '黄晓雯', '13634567890');
      const staff = await mk('staff', 'staff', '服务中心·王老师', null);
      const admin = await mk('admin', 'admin', '平台管理员', null);

      for (const user of [talent, enterprise, enterpriseNew, staff, admin]) {
        await this.consents.insert({ userId: user.id, policyVersion: PRIVACY_POLICY_VERSION, grantedAt: now }, em);
      }
      await this.profiles.save(
        {
          userId: talent.id,
          name: '林海川',
          nationality: '中国',
          studyCountry: '德国',
          degree: 'phd',
          school: '亚琛工业大学',
          major: '机械工程',
          field: '智能制造',
          returnYear: 2024,
          intent: 'both',
          visibility: 'verified_orgs',
          birthYear: 1989,
          yearsAbroad: 7,
          industry: 'smart_manufacturing',
          district: 'jimei',
        },
        em,
      );
      const verified = await this.organizations.insert(
        {
          name: '厦门海归智造科技有限公司',
          uscc: uscc('91350200MA2Y7H3K1'),
          type: 'enterprise',
          industry: '智能制造',
          district: '集美区',
          contactName: '陈思远',
          contactPhone: '13923456789',
          status: 'verified',
          createdBy: enterprise.id,
          verifiedBy: staff.id,
          verifiedAt: now,
        },
        em,
      );
      await this.organizations.insertMember(
        { organizationId: verified.id, userId: enterprise.id, memberRole: 'owner' },
        em,
      );
      const pending = await this.organizations.insert(
        {
          name: '厦门蓝湾生物医药有限公司',
          uscc: uscc('91350213MA8RT5Q2X'),
          type: 'enterprise',
          industry: '生物医药',
          district: '海沧区',
          contactName: '黄晓雯',
          contactPhone: '13634567890',
          status: 'pending',
          createdBy: enterpriseNew.id,
        },
        em,
      );
      await this.organizations.insertMember(
        { organizationId: pending.id, userId: enterpriseNew.id, memberRole: 'owner' },
        em,
      );
      return 5;
    });
  }

  /**
   * The finance provider: a member of a verified investment firm that offers demo finance services and runs one
   * demo park, so someone can answer contact requests and confirm park visits. A set of its own, so databases
   * seeded before it existed get it too.
   */
  async runProvider(clock: Clock): Promise<number> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = clock.now();
    return this.dataSource.transaction(async (em) => {
      const provider = await this.users.insert(
        {
          role: 'enterprise',
          username: DEMO_PERSONA_USERNAMES.provider,
          passwordHash,
          displayName: '金融服务·郑经理',
          phone: '13759876543',
          locale: 'zh-CN',
        },
        em,
      );
      await this.consents.insert({ userId: provider.id, policyVersion: PRIVACY_POLICY_VERSION, grantedAt: now }, em);
      const org = await this.organizations.insert(
        {
          name: DEMO_PROVIDER_ORGANIZATION,
          uscc: DEMO_PROVIDER_USCC,
          type: 'investor',
          industry: '科技金融',
          district: '思明区',
          contactName: '郑经理',
          contactPhone: '13759876543',
          status: 'verified',
          createdBy: provider.id,
          verifiedAt: now,
        },
        em,
      );
      await this.organizations.insertMember({ organizationId: org.id, userId: provider.id, memberRole: 'owner' }, em);
      return 1;
    });
  }
}

/**
 * The expert reviewer persona (a fictional professor the service center invites to score projects). A set of its
 * own, so databases seeded before the reviewer role existed get it too.
 */
@Injectable()
export class DemoExpertSeed {
  constructor(
    private readonly users: UserRepository,
    private readonly consents: ConsentRepository,
    private readonly dataSource: DataSource,
  ) {}

  async run(clock: Clock): Promise<number> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const now = clock.now();
    return this.dataSource.transaction(async (em) => {
      const expert = await this.users.insert(
        {
          role: 'reviewer',
          username: DEMO_PERSONA_USERNAMES.reviewer,
          passwordHash,
          displayName: DEMO_EXPERT_NAME,
          phone: null,
          locale: 'zh-CN',
        },
        em,
      );
      await this.consents.insert({ userId: expert.id, policyVersion: PRIVACY_POLICY_VERSION, grantedAt: now }, em);
      return 1;
    });
  }
}

/** The expert persona's display name (fictional). */
export const DEMO_EXPERT_NAME = '陈立新教授';

/** The provider persona's organisation (fictional). */
export const DEMO_PROVIDER_ORGANIZATION = '鹭岛科创金融服务有限公司';
export const DEMO_PROVIDER_USCC = uscc('91350203MA3PK7L9D');
