import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'parkflow:public';
/** Marks a route that needs no bearer token (login, health, meta). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
