import { CATEGORY_IDS, type Label } from '@parkflow/domain';
import { inMemoryPages, type LedgerColumn, type LedgerSheet } from './ledger-sheet.types.js';
import { workbookPart, type WorkbookPart } from './ledger-workbook.writer.js';
import { statKeyName, TOTAL_LABEL, type SheetLanguage, type StatNames } from './stat-key-name.js';

/** One cell of GET /api/stats/heatmap: items of a category registered in the period for a department, and of them those that went overdue. */
export interface HeatmapCell {
  category: string;
  departmentId: string | null;
  registered: number;
  overdue: number;
}

type Measure = 'registered' | 'overdue';

/** A row of the matrix: a category (or the total) and its count per department. */
export interface HeatmapLine {
  name: string;
  counts: ReadonlyMap<string | null, number>;
  total: number;
}

const SHEETS: Readonly<Record<Measure, Label>> = {
  registered: { zh: '登记数', en: 'Registered' },
  overdue: { zh: '其中超期', en: 'Of them overdue' },
};

/** Departments as columns: the busiest first (then by name), items not yet assigned last. */
function departmentOrder(cells: readonly HeatmapCell[], names: StatNames, language: SheetLanguage): (string | null)[] {
  const totals = new Map<string | null, number>();
  for (const c of cells) totals.set(c.departmentId, (totals.get(c.departmentId) ?? 0) + c.registered);
  const name = (id: string | null) => statKeyName('department', id, names, language);
  return [...totals.keys()].sort((a, b) => {
    if ((a === null) !== (b === null)) return a === null ? 1 : -1;
    return totals.get(b)! - totals.get(a)! || name(a).localeCompare(name(b), 'zh-CN');
  });
}

/** Categories as rows, in the catalog's order; a category the catalog no longer has, after them. */
function categoryOrder(cells: readonly HeatmapCell[]): string[] {
  const present = [...new Set(cells.map((c) => c.category))];
  const rank = (id: string) => {
    const i = (CATEGORY_IDS as readonly string[]).indexOf(id);
    return i === -1 ? CATEGORY_IDS.length : i;
  };
  return present.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function matrixLines(cells: readonly HeatmapCell[], measure: Measure, categories: readonly string[], names: StatNames, language: SheetLanguage): HeatmapLine[] {
  const lines = categories.map((category) => {
    const counts = new Map<string | null, number>();
    for (const c of cells) if (c.category === category) counts.set(c.departmentId, (counts.get(c.departmentId) ?? 0) + c[measure]);
    return { name: statKeyName('category', category, names, language), counts, total: [...counts.values()].reduce((n, v) => n + v, 0) };
  });
  const columnTotals = new Map<string | null, number>();
  for (const c of cells) columnTotals.set(c.departmentId, (columnTotals.get(c.departmentId) ?? 0) + c[measure]);
  return [...lines, { name: TOTAL_LABEL[language], counts: columnTotals, total: lines.reduce((n, l) => n + l.total, 0) }];
}

function matrixSheet(measure: Measure, departments: readonly (string | null)[], names: StatNames, language: SheetLanguage): LedgerSheet<HeatmapLine> {
  const columns: LedgerColumn<HeatmapLine>[] = [
    { key: 'category', header: { zh: '问题类别', en: 'Category' }, value: (line) => line.name },
    ...departments.map((id, i) => {
      const title = statKeyName('department', id, names, language);
      return { key: `department-${i}`, header: { zh: title, en: title }, kind: 'integer' as const, maxWidth: 24, value: (line: HeatmapLine) => line.counts.get(id) ?? 0 };
    }),
    { key: 'total', header: TOTAL_LABEL, kind: 'integer', value: (line) => line.total },
  ];
  return { name: SHEETS[measure][language], columns };
}

/**
 * The heat map as two matrices, category rows × department columns, with the totals of each row
 * and column: the items registered in the period, then of them those that went overdue. Counts
 * stay numbers, so the sheet sums and sorts.
 */
export function heatmapParts(cells: readonly HeatmapCell[], names: StatNames, language: SheetLanguage = 'zh'): WorkbookPart[] {
  const departments = departmentOrder(cells, names, language);
  const categories = categoryOrder(cells);
  return (['registered', 'overdue'] as const).map((measure) =>
    workbookPart(matrixSheet(measure, departments, names, language), inMemoryPages(matrixLines(cells, measure, categories, names, language))),
  );
}
