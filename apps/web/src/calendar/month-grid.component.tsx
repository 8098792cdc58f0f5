import type { CalendarYear } from '@parkflow/contracts';
import { Card, theme } from 'antd';
import type { TFunction } from 'i18next';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { monthWeeks } from './year-grid.model';

type Day = CalendarYear['days'][number];

/** Sources worth naming to the reader; plain weekdays say nothing. */
const SOURCE_LABELS: Partial<Record<Day['source'], 'calendarAdmin.sourceOverride' | 'calendarAdmin.sourceOfficial' | 'calendarAdmin.sourceStatutory'>> = {
  override: 'calendarAdmin.sourceOverride',
  official: 'calendarAdmin.sourceOfficial',
  // A loaded year's arrangement is the official one.
  arrangement: 'calendarAdmin.sourceOfficial',
  statutory: 'calendarAdmin.sourceStatutory',
};

export function dayLabel(t: TFunction, day: Day): string {
  const sourceKey = SOURCE_LABELS[day.source];
  return t('calendarAdmin.dayLabel', {
    date: day.date,
    state: day.working ? t('calendarAdmin.working') : t('calendarAdmin.rest'),
    name: day.name ? ` ${day.name}` : '',
    source: sourceKey ? t(sourceKey) : '',
  });
}

export interface MonthGridProps {
  year: number;
  month: number;
  days: ReadonlyMap<string, Day>;
  selected: string | null;
  onPick: (day: Day) => void;
}

/** One small month: Monday-first weeks; each day a button (days off in red, adjusted days outlined). */
export const MonthGrid = memo(function MonthGrid({ year, month, days, selected, onPick }: MonthGridProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const weekdays = t('calendarAdmin.weekdays').split(',');
  const headingId = `month-${year}-${month}`;

  return (
    <Card size="small" title={<span id={headingId}>{t('calendarAdmin.months').split(',')[month - 1]}</span>} styles={{ body: { padding: 8 } }}>
      <table aria-labelledby={headingId} style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed', textAlign: 'center' }}>
        <thead>
          <tr>
            {weekdays.map((name) => (
              <th key={name} scope="col" style={{ fontWeight: 400, fontSize: 12, color: token.colorTextSecondary }}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(year, month).map((week, index) => (
            <tr key={index}>
              {week.map((date, column) => {
                const day = date ? days.get(date) : undefined;
                if (!date || !day) return <td key={column} />;
                const override = day.source === 'override';
                // A statutory holiday of a provisional year may still move: dashed, not solid.
                const statutory = day.source === 'statutory';
                return (
                  <td key={date} style={{ padding: 1 }}>
                    <button
                      type="button"
                      aria-label={dayLabel(t, day)}
                      aria-pressed={selected === date}
                      title={day.name ?? undefined}
                      onClick={() => onPick(day)}
                      style={{
                        width: '100%',
                        minWidth: 0,
                        aspectRatio: '1',
                        maxHeight: 34,
                        border: override ? `2px solid ${token.colorPrimary}` : statutory ? `1px dashed ${token.colorWarning}` : '1px solid transparent',
                        outlineOffset: 1,
                        borderRadius: 4,
                        cursor: 'pointer',
                        fontSize: 12,
                        padding: 0,
                        background: selected === date ? token.colorPrimaryBg : day.working ? 'transparent' : token.colorErrorBg,
                        color: day.working ? token.colorText : token.colorError,
                        fontWeight: day.name ? 600 : 400,
                      }}
                    >
                      {Number(date.slice(8))}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
});
