import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import type { NoticeTemplateView } from '@parkflow/contracts';
import { NoticeTemplateEntity } from '@parkflow/db';
import { checkTemplate, defaultNoticeTemplate, isNoticeType, NOTICE_TYPE_IDS, noticeTypeLabel, templateErrorMessage, type NoticeTemplate, type NoticeType } from '@parkflow/domain';
import { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../database/database.module.js';
import { InvalidInputException } from '../http/zod-validation.pipe.js';
import { KIND_REGISTRY, type KindRegistry } from '../kinds/kind-registry.provider.js';

/** The park's templates of the written notices: its own where an admin saved one, the domain's default otherwise. */
@Injectable()
export class NoticeTemplatesService {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(KIND_REGISTRY) private readonly kinds: KindRegistry,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(NoticeTemplateEntity);
  }

  /** The template a notice of this kind and type is rendered from. */
  async templateFor(kind: string, type: NoticeType): Promise<NoticeTemplate> {
    const row = await this.repository.findOneBy({ kind, type });
    return row ? { title: row.title, body: row.body } : defaultNoticeTemplate(kind, type);
  }

  async list(): Promise<NoticeTemplateView[]> {
    const rows = await this.repository.find();
    const saved = new Map(rows.map((row) => [`${row.kind}/${row.type}`, row]));
    return this.kinds.list().flatMap((kind) => NOTICE_TYPE_IDS.map((type) => this.view(kind.id, type, saved.get(`${kind.id}/${type}`) ?? null)));
  }

  /** 404 for a kind the registry lacks or a type that is not a notice; 400 naming each problem of the text, nothing saved. */
  async save(kind: string, type: string, template: NoticeTemplate, userId: string): Promise<NoticeTemplateView> {
    const noticeType = this.resolve(kind, type);
    const errors = checkTemplate(template);
    if (errors.length > 0) {
      const fields: Record<string, string> = {};
      for (const error of errors) fields[error.field] ??= templateErrorMessage(error);
      const first = errors[0]!;
      const params = Object.fromEntries(Object.entries(first).filter(([key]) => key !== 'code')) as Record<string, string | number>;
      throw new InvalidInputException('The template cannot be saved', fields, { reason: first.code, params });
    }
    await this.repository.upsert({ kind, type: noticeType, title: template.title, body: template.body, updatedBy: userId, updatedAt: new Date() }, ['kind', 'type']);
    return this.view(kind, noticeType, await this.repository.findOneBy({ kind, type: noticeType }));
  }

  /** Back to the default: the park's row is removed. */
  async reset(kind: string, type: string): Promise<NoticeTemplateView> {
    const noticeType = this.resolve(kind, type);
    await this.repository.delete({ kind, type: noticeType });
    return this.view(kind, noticeType, null);
  }

  private resolve(kind: string, type: string): NoticeType {
    if (!this.kinds.get(kind)) throw new NotFoundException(`No kind ${kind}`);
    if (!isNoticeType(type)) throw new NotFoundException(`No notice type ${type}: one of ${NOTICE_TYPE_IDS.join(', ')}`);
    return type;
  }

  private view(kind: string, type: NoticeType, row: NoticeTemplateEntity | null): NoticeTemplateView {
    const template = row ?? defaultNoticeTemplate(kind, type);
    return {
      kind,
      kindLabel: this.kinds.get(kind)?.label ?? { zh: kind, en: kind },
      type,
      typeLabel: noticeTypeLabel(type, kind),
      title: template.title,
      body: template.body,
      isDefault: row === null,
      updatedAt: row ? row.updatedAt.toISOString() : null,
      updatedBy: row?.updatedBy ?? null,
    };
  }
}
