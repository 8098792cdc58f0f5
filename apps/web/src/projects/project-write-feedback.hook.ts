import type { ProjectDetail } from '@parkflow/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/api-client';
import { projectKeys } from '../api/projects.queries';
import { refusalText } from '../work-items/actions/refusal-text.format';
import { parseFieldKey } from '../work-items/field-errors.mapper';

/**
 * What a project write's failure shows: a 409 (someone else changed the project) reloads it and
 * says so; a 400's field messages go beside the form's fields (when there is a form), the rest
 * is a message worded from the refusal's reason, else the server's text.
 */
export function useProjectWriteFeedback(projectId: string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  return {
    succeeded: (text: string) => void message.success(text),
    failed: (error: Error, form?: FormInstance, fieldNames: readonly string[] = []) => {
      if (isApiError(error, 409)) {
        void client.invalidateQueries({ queryKey: projectKeys.detail(projectId) });
        void message.warning(t('projects.actions.stale'), 6);
        return;
      }
      const body = isApiError(error) ? error.body : null;
      const fields = Object.entries(body?.fields ?? {}).map(([key, text]) => ({ name: parseFieldKey(key), errors: [text] }));
      const placed = form ? fields.filter((field) => fieldNames.includes(field.name.join('.'))) : [];
      if (form && placed.length > 0) form.setFields(placed);
      if (placed.length < fields.length || fields.length === 0) void message.error(body ? refusalText(body, t) : error.message, 6);
    },
  };
}

/** The version a write must carry: the detail on screen. */
export const versionOf = (project: Pick<ProjectDetail, 'version'>) => project.version;
