import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CreatedAtColumn } from '../common/db/columns';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from '../account/user.entity';

/** A user belongs to at most one organisation. */
@Entity('organization_member')
@Index('idx_organization_member_org', ['organizationId'])
export class OrganizationMemberEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  organizationId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a membership goes with its organisation. */
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organizationId' })
  readonly organizationFk?: OrganizationEntity;

  @Index('uq_organization_member_user', { unique: true })
  @Column({ type: 'int' })
  userId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a membership goes with its account. */
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  readonly userFk?: UserEntity;

  @Column({ type: 'varchar', length: 16, default: 'owner' })
  memberRole: 'owner' | 'member';

  @CreatedAtColumn()
  createdAt: Date;
}
