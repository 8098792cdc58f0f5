import { Button, Flex, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDepartments, useUsers } from '../api/reference-data.queries';
import { clearFilters, readFilters, withFilter, type BattleMapFilters } from './battle-map.filters';
import { useProjectLabels } from './project-labels';

/** Phase, department and chief service officer, kept in the URL (the map and the list share them). */
export function ProjectFilters() {
  const { t } = useTranslation();
  const labels = useProjectLabels();
  const [search, setSearch] = useSearchParams();
  const filters = readFilters(search);
  const departments = useDepartments();
  const users = useUsers();
  const set = (key: keyof BattleMapFilters) => (value: string | undefined) => setSearch(withFilter(search, key, value), { replace: true });
  const any = filters.phase !== undefined || filters.departmentId !== undefined || filters.chiefOfficerId !== undefined;
  return (
    <Flex wrap gap={8} align="center" role="search" aria-label={t('projects.filters')}>
      <Select
        aria-label={t('projects.phase')}
        placeholder={t('projects.allPhases')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 140 }}
        value={filters.phase}
        onChange={set('phase')}
        options={labels.phaseOptions()}
      />
      <Select
        aria-label={t('projects.department')}
        placeholder={t('projects.allDepartments')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 200 }}
        loading={departments.isPending}
        value={filters.departmentId}
        onChange={set('departmentId')}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
      />
      <Select
        aria-label={t('projects.chiefOfficer')}
        placeholder={t('projects.allOfficers')}
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        style={{ minWidth: 160 }}
        loading={users.isPending}
        value={filters.chiefOfficerId}
        onChange={set('chiefOfficerId')}
        options={(users.data ?? []).filter((u) => !u.roles.includes('enterprise')).map((u) => ({ value: u.id, label: u.displayName }))}
      />
      {any && <Button onClick={() => setSearch(clearFilters(search), { replace: true })}>{t('projects.clearFilters')}</Button>}
    </Flex>
  );
}
