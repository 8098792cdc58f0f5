import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One rating (回访) of an item, or a feedback stage that timed out unrated (satisfaction null):
 * domain RatingFact. A redo's second rating is a second row, so no rating is ever overwritten.
 * The dimensions are the item's at the moment of rating. The index carries INCLUDE (satisfaction),
 * which only the migration declares (synchronize: false).
 */
@Entity({ name: 'item_ratings' })
@Index('item_ratings_rated_idx', { synchronize: false })
export class ItemRatingEntity {
  @PrimaryColumn('uuid', { name: 'item_id' })
  itemId: string;

  /** The rating event's instant: with the item, it names the rating (a rebuild inserts nothing twice). */
  @PrimaryColumn('timestamptz', { name: 'rated_at' })
  ratedAt: Date;

  @Column('date', { name: 'rated_on' })
  ratedOn: string;

  @Column('text', { nullable: true })
  satisfaction: string | null;

  @Column('text')
  kind: string;

  @Column('text')
  category: string;

  @Column('text')
  channel: string;

  @Column('uuid', { name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column('uuid', { name: 'handler_id', nullable: true })
  handlerId: string | null;
}
