import type { ProjectDetail, ProjectTemplateList } from '@parkflow/contracts';
import { useTranslation } from 'react-i18next';
import { templateNodeName, type DoesNotFit } from './project-form.mapper';
import type { ProjectLabels } from './project-labels';

/** The words of a does_not_fit refusal: the node by its name (project or template), the days short, the earliest target. */
export function useDoesNotFitText() {
  const { t } = useTranslation();
  return (fit: DoesNotFit, nodeName: string | null) =>
    t('projects.createForm.doesNotFit', { node: nodeName ?? fit.node, shortBy: fit.shortBy, earliestTarget: fit.earliestTarget });
}

export function nodeNameOf(project: Pick<ProjectDetail, 'nodes'> | null, templates: ProjectTemplateList | undefined, type: string | undefined, key: string, labels: ProjectLabels): string | null {
  const node = project?.nodes.find((n) => n.key === key);
  if (node) return labels.text(node.name);
  const fromTemplate = templateNodeName(templates, type, key);
  return fromTemplate ? labels.text(fromTemplate) : null;
}
