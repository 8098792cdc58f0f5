import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { WorkItemNoticeList } from '@parkflow/contracts';
import { toWorkItemState } from '@parkflow/db';
import {
  canSee,
  chineseDate,
  isNoticeType,
  kindNotices,
  NOTICE_TYPE_IDS,
  noticeEntries,
  noticeSince,
  noticeTypeLabel,
  noticeValues,
  petitionerFor,
  renderNotice,
  type KindDefinition,
  type NoticeFacts,
  type WorkItemState,
} from '@parkflow/domain';
import { DataSource } from 'typeorm';
import type { CurrentUserContext } from '../auth/current-user.js';
import { DATA_SOURCE } from '../database/database.module.js';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';
import { ReferenceDataService } from '../meta/reference-data.service.js';
import { loadItemSnapshot } from '../work-items/item-snapshot.query.js';
import { buildNoticeFacts, readNoticeSettings, type NoticeSettings } from './notice-facts.loader.js';
import { renderNoticeDocx } from './notice-docx.renderer.js';
import { NoticeTemplatesService } from './notice-templates.service.js';

export interface NoticeFile {
  buffer: Buffer;
  /** `<code>-<notice name>.docx` */
  filename: string;
}

/** The written notices of one item: which it has reached, and each as a .docx to print. */
@Injectable()
export class WorkItemNoticesService {
  private readonly settings: NoticeSettings = readNoticeSettings();

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
    private readonly reference: ReferenceDataService,
    private readonly templates: NoticeTemplatesService,
  ) {}

  /** The item's facts, read as the item detail reads (one snapshot, visibility by `canSee`): not visible is reported as not found. */
  private async facts(id: string, current: CurrentUserContext): Promise<{ facts: NoticeFacts; item: WorkItemState; kind: KindDefinition }> {
    const { row, events } = await loadItemSnapshot(this.dataSource, id);
    const item = row ? toWorkItemState(row) : null;
    const kind = item ? this.kinds.get(item.kind) : undefined;
    if (!item || !kind || !canSee(item, current.actor, kind)) throw new NotFoundException(`No work item ${id}`);
    const facts = buildNoticeFacts(item, events, kind, petitionerFor(item, current.actor)?.name ?? null, await this.reference.names(), this.settings);
    return { facts, item, kind };
  }

  /** The notices the item's kind sends, whether each exists yet (the domain's noticeEntries) and its latest sending. */
  async list(id: string, current: CurrentUserContext): Promise<WorkItemNoticeList> {
    const { item, kind } = await this.facts(id, current);
    return { notices: noticeEntries(kind, item).map((n) => ({ ...n, label: noticeTypeLabel(n.type, kind.id) })) };
  }

  /** 404 when the item is not visible, the type is not a notice, or the item has not reached this notice yet. */
  async document(id: string, type: string, current: CurrentUserContext): Promise<NoticeFile> {
    if (!isNoticeType(type)) throw new NotFoundException(`No notice type ${type}: one of ${NOTICE_TYPE_IDS.join(', ')}`);
    const { facts, item, kind } = await this.facts(id, current);
    const label = noticeTypeLabel(type, facts.kind.id);
    // The same rule as the item's notice list and the record of a sending (noticeSince).
    if (!kindNotices(kind).includes(type) || noticeSince(item, type) === null) throw new NotFoundException(`${facts.code} has no ${label.en.toLowerCase()} yet`);
    const now = new Date();
    const rendered = renderNotice(await this.templates.templateFor(facts.kind.id, type), noticeValues(facts, now));
    const buffer = await renderNoticeDocx({ ...rendered, kindLabel: facts.kind.label.zh, code: facts.code, unitName: facts.unitName, dateLine: chineseDate(now.toISOString())! });
    return { buffer, filename: `${facts.code}-${label.zh}.docx` };
  }
}
