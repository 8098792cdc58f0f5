import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { WorkItemListPage } from '../work-items/work-item-list.page';
import { WithAntd } from './antd-boundary.component';
import { AppShellLayout } from './app-shell.layout';
import type { NavKey } from './nav-items';
import { RequireAuth, RequireNav } from './require-auth.guard';
import { RouteFallback } from './route-fallback.component';
import { ROUTES } from './route-paths';

/*
 * The queue is the landing page and ships with the entry; every other page is its own chunk,
 * loaded when first opened (the calendar admin never loads with the queue). The login page too:
 * a signed-in user opening the queue never needs its form (antd's Form and its validator).
 */
const LoginPage = lazy(() => import('../auth/login.page').then((m) => ({ default: m.LoginPage })));
const NotFoundPage = lazy(() => import('./not-found.page').then((m) => ({ default: m.NotFoundPage })));
const WorkItemDetailPage = lazy(() => import('../work-items/work-item-detail.page').then((m) => ({ default: m.WorkItemDetailPage })));
const WorkItemRegisterPage = lazy(() => import('../work-items/work-item-register.page').then((m) => ({ default: m.WorkItemRegisterPage })));
const DispatcherBoardPage = lazy(() => import('../work-items/dispatcher-board.page').then((m) => ({ default: m.DispatcherBoardPage })));
const ApprovalsPage = lazy(() => import('../approvals/approvals.page').then((m) => ({ default: m.ApprovalsPage })));
const CalendarAdminPage = lazy(() => import('../calendar/calendar-admin.page').then((m) => ({ default: m.CalendarAdminPage })));
// ECharts comes only with this chunk.
const StatsDashboardPage = lazy(() => import('../stats/stats-dashboard.page').then((m) => ({ default: m.StatsDashboardPage })));
const CloseOutLedgerPage = lazy(() => import('../close-outs/close-out-ledger.page').then((m) => ({ default: m.CloseOutLedgerPage })));
// 重点项目: every screen its own chunk; ECharts (the custom-series Gantt) only with the battle map's.
const BattleMapPage = lazy(() => import('../projects/battle-map.page').then((m) => ({ default: m.BattleMapPage })));
const ProjectListPage = lazy(() => import('../projects/project-list.page').then((m) => ({ default: m.ProjectListPage })));
const ProjectDetailPage = lazy(() => import('../projects/project-detail.page').then((m) => ({ default: m.ProjectDetailPage })));
const PermitListsPage = lazy(() => import('../projects/permit-lists.page').then((m) => ({ default: m.PermitListsPage })));
const ProjectTemplatesPage = lazy(() => import('../projects/project-templates.page').then((m) => ({ default: m.ProjectTemplatesPage })));
const ProjectCreatePage = lazy(() => import('../projects/project-create.page').then((m) => ({ default: m.ProjectCreatePage })));
const NoticeTemplatesPage = lazy(() => import('../notice-templates/notice-templates.page').then((m) => ({ default: m.NoticeTemplatesPage })));

const guarded = (key: NavKey, page: ReactNode) => <RequireNav page={key}>{page}</RequireNav>;

export function AppRoutes() {
  return (
    <Routes>
      <Route path={ROUTES.login} element={<Suspense fallback={<RouteFallback />}><WithAntd><LoginPage /></WithAntd></Suspense>} />
      <Route element={<RequireAuth />}>
        <Route element={<AppShellLayout />}>
          <Route index element={<Navigate to={ROUTES.queue} replace />} />
          <Route path={ROUTES.queue} element={<WorkItemListPage />} />
          <Route path={ROUTES.register} element={guarded('register', <WorkItemRegisterPage />)} />
          <Route path="/work-items/:id" element={<WorkItemDetailPage />} />
          <Route path={ROUTES.board} element={guarded('board', <DispatcherBoardPage />)} />
          <Route path={ROUTES.approvals} element={guarded('approvals', <ApprovalsPage />)} />
          <Route path={ROUTES.closeOuts} element={guarded('closeOuts', <CloseOutLedgerPage />)} />
          <Route path={`${ROUTES.closeOuts}/:day`} element={guarded('closeOuts', <CloseOutLedgerPage />)} />
          <Route path={ROUTES.calendar} element={guarded('calendar', <CalendarAdminPage />)} />
          <Route path={ROUTES.stats} element={guarded('stats', <StatsDashboardPage />)} />
          <Route path={ROUTES.projects} element={guarded('projects', <ProjectListPage />)} />
          <Route path={ROUTES.battleMap} element={guarded('battleMap', <BattleMapPage />)} />
          <Route path={ROUTES.projectNew} element={guarded('projects', <ProjectCreatePage />)} />
          <Route path={ROUTES.permits} element={guarded('projects', <PermitListsPage />)} />
          <Route path={ROUTES.projectTemplates} element={guarded('projectTemplates', <ProjectTemplatesPage />)} />
          <Route path="/projects/:id" element={guarded('projects', <ProjectDetailPage />)} />
          <Route path={ROUTES.noticeTemplates} element={guarded('noticeTemplates', <NoticeTemplatesPage />)} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
