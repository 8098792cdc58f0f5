import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The rows of one export, fixed when its job starts: the item ids in the queue's order. Both
 * passes of the writer (measuring the widths, writing) page through the same rows, and a retried
 * job takes the snapshot anew. Deleted when the job ends.
 */
@Entity({ name: 'report_export_rows' })
export class ReportExportRowEntity {
  @PrimaryColumn('uuid', { name: 'export_id' })
  exportId: string;

  @PrimaryColumn('int')
  seq: number;

  @Column('uuid', { name: 'item_id' })
  itemId: string;
}
