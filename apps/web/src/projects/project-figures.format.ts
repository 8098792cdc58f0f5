import { ratePercent } from '@parkflow/domain';
import type { TFunction } from 'i18next';
import type { ProjectList } from '@parkflow/contracts';

type StartedFigure = ProjectList['figures']['startedByJune30'];

/*
 * The leaders' figure above the battle map: "今年新建项目6月30日前开工 X / Y (Z%)". With no new
 * project this year there is no figure (no data), never 0 %.
 */
export function startedFigureText(t: TFunction, figure: StartedFigure): { title: string; value: string; hasData: boolean } {
  const [, month = '', day = ''] = figure.by.split('-');
  const title = t('projects.figures.startedBy', { year: figure.year, month: Number(month), day: Number(day) });
  const share = ratePercent(figure.share);
  if (figure.total === 0 || share === null) return { title, value: t('projects.figures.noData'), hasData: false };
  return { title, value: t('projects.figures.value', { started: figure.started, total: figure.total, share }), hasData: true };
}
