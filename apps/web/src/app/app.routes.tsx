import { Navigate, Route, Routes } from 'react-router';
import { LoginPage } from '../auth/login.page';
import { WorkItemDetailPage } from '../work-items/work-item-detail.page';
import { WorkItemListPage } from '../work-items/work-item-list.page';
import { WorkItemRegisterPage } from '../work-items/work-item-register.page';
import { AppShellLayout } from './app-shell.layout';
import { NotFoundPage } from './not-found.page';
import { RequireAuth } from './require-auth.guard';
import { ROUTES } from './route-paths';

export function AppRoutes() {
  return (
    <Routes>
      <Route path={ROUTES.login} element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppShellLayout />}>
          <Route index element={<Navigate to={ROUTES.queue} replace />} />
          <Route path={ROUTES.queue} element={<WorkItemListPage />} />
          <Route path={ROUTES.register} element={<WorkItemRegisterPage />} />
          <Route path="/work-items/:id" element={<WorkItemDetailPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Route>
    </Routes>
  );
}
