import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { SearchType } from '@ihaigui/shared';
import { DateTimeColumn } from '../common/db/columns';

/** One searchable public item: the text shown in results, kept in step by the owning service. */
@Entity('search_document')
@Index('uq_search_document_ref', ['docType', 'refId'], { unique: true })
export class SearchDocumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  docType: SearchType;

  @Column({ type: 'int' })
  refId: number;

  @Column({ type: 'varchar', length: 240 })
  title: string;

  @Column({ type: 'varchar', length: 240, nullable: true })
  titleEn: string | null;

  /** Plain text for snippets (summary then body, cut to 2,000 characters). */
  @Column({ type: 'text' })
  content: string;

  /** Hidden before this time (scheduled announcements); null = visible now. */
  @DateTimeColumn({ nullable: true })
  visibleFrom: Date | null;

  /** Hidden from this time on (expired policies); null = no end. */
  @DateTimeColumn({ nullable: true })
  visibleTo: Date | null;

  @DateTimeColumn()
  indexedAt: Date;
}

/**
 * The inverted index: one row per (term, document) with a weight from where and how often the term occurs.
 * The primary key (term, documentId) serves both the lookups and the per-document deduplication.
 */
@Entity('search_term')
@Index('idx_search_term_type', ['term', 'docType', 'weight'])
@Index('idx_search_term_document', ['documentId'])
export class SearchTermEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  term: string;

  @PrimaryColumn({ type: 'int' })
  documentId: number;

  /** Foreign key only (never loaded): ON DELETE CASCADE — a document's index terms are derived from it and go with it. */
  @ManyToOne(() => SearchDocumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'documentId' })
  readonly documentFk?: SearchDocumentEntity;

  @Column({ type: 'varchar', length: 16 })
  docType: SearchType;

  @Column({ type: 'smallint' })
  weight: number;
}
