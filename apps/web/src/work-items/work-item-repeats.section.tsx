import type { WorkItemDetail } from '@parkflow/contracts';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ROUTES } from '../app/route-paths';

/** Whether the item has a repeat link (重复件) the viewer may see, either way. */
export function hasRepeatLinks(repeats: WorkItemDetail['repeats']): boolean {
  return repeats.of !== null || repeats.later.length > 0;
}

/** 重复件，前件 X and 后续重复件: the item's repeat links both ways, as far as the viewer may see them. */
export function WorkItemRepeatsSection({ repeats }: { repeats: WorkItemDetail['repeats'] }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={8}>
      {repeats.of && (
        <Typography.Text>
          {t('detail.repeatOf')}
          <Link to={ROUTES.detail(repeats.of.id)}>{repeats.of.code}</Link>（{repeats.of.title}）
        </Typography.Text>
      )}
      {repeats.later.length > 0 && (
        <nav aria-label={t('detail.laterRepeats')}>
          <Typography.Text>{t('detail.laterRepeats')}：</Typography.Text>
          {repeats.later.map((link, i) => (
            <span key={link.id}>
              {i > 0 && '、'}
              <Link to={ROUTES.detail(link.id)}>{link.code}</Link>
            </span>
          ))}
        </nav>
      )}
    </Flex>
  );
}
