import { ROLES } from '@parkflow/domain';
import { z } from 'zod';

export const LoginRequestSchema = z.object({
  username: z.string().trim().min(1, 'username is required').max(64),
  password: z.string().min(1, 'password is required').max(200),
  /** `cookie`: the browser's session, in an HttpOnly cookie (no token in the answer); `bearer` (default): a token for API clients. */
  session: z.enum(['bearer', 'cookie']).default('bearer'),
});
export type LoginRequest = z.input<typeof LoginRequestSchema>;

export const UserSchema = z.object({
  id: z.string().uuid(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(ROLES)),
  departmentId: z.string().uuid().nullable(),
  enterpriseId: z.string().uuid().nullable(),
});
export type User = z.infer<typeof UserSchema>;

/** `GET /me`: the user, and the relationships the rules read (departments led, companies looked after). */
export const MeSchema = UserSchema.extend({
  leadsDepartmentIds: z.array(z.string().uuid()),
  liaisonEnterpriseIds: z.array(z.string().uuid()),
});
export type Me = z.infer<typeof MeSchema>;

export const LoginResponseSchema = z.object({ accessToken: z.string().optional(), expiresAt: z.string(), user: UserSchema });
export type LoginResponse = z.infer<typeof LoginResponseSchema>;
