import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'parkflow:public';
/** Marks a route that needs no bearer token (login, health, meta). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

export const TOKEN_IN_QUERY = 'parkflow:token-in-query';
/** Also accepts the token as `?access_token=` — for EventSource, which cannot send headers. */
export const TokenInQuery = () => SetMetadata(TOKEN_IN_QUERY, true);
