import { CATEGORIES, type Category } from '../catalog/categories.catalog.js';

/** The department code a category routes to by rule, or null for a category the catalogue does not know. */
export function routeDepartmentCode(category: string): string | null {
  return Object.hasOwn(CATEGORIES, category) ? CATEGORIES[category as Category].routeTo : null;
}
