import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';

/** A user belongs to at most one organisation. */
@Entity('organization_member')
@Index('idx_organization_member_org', ['organizationId'])
export class OrganizationMemberEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  organizationId: number;

  @Index('uq_organization_member_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  @Column({ type: 'varchar', length: 16, default: 'owner' })
  memberRole: 'owner' | 'member';

  @CreatedAtColumn()
  createdAt: Date;
}
