import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { onUnauthorized } from '../api/api-client';
import { dropSessionQueries } from '../api/auth.queries';

/** A 401 on any call (expired or revoked token) sends the user back to the login page. */
export function SessionWatcher() {
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const locationRef = useRef(location);
  locationRef.current = location;

  useEffect(
    () =>
      onUnauthorized(() => {
        const { pathname, search } = locationRef.current;
        if (pathname === '/login') return;
        dropSessionQueries(queryClient);
        void navigate('/login', { replace: true, state: { from: `${pathname}${search}` } });
      }),
    [navigate, queryClient],
  );
  return null;
}
