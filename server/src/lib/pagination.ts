import type { PageOf } from '@ctn/shared';
import { foldVietnamese } from '@ctn/shared';
import type { Model, SortOrder } from 'mongoose';
import { trusted } from 'mongoose';
import { escapeRegex } from './regex';

export const DEFAULT_PAGE_SIZE = 20;

/** One page of documents (lean) and the total, for lists whose items need more than a plain mapping. */
export async function findPageRows<Doc>(
  // biome-ignore lint/suspicious/noExplicitAny: any mongoose model qualifies; the caller types its documents
  model: Model<any>,
  filter: Record<string, unknown>,
  query: { page?: number; pageSize?: number },
  sort: Record<string, SortOrder>,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): Promise<{ rows: Doc[]; total: number; page: number; pageSize: number }> {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? defaultPageSize;
  const [rows, total] = await Promise.all([
    model
      .find(filter)
      .sort(sort)
      .skip((page - 1) * pageSize)
      .limit(pageSize)
      .lean(),
    model.countDocuments(filter),
  ]);
  return { rows: rows as Doc[], total, page, pageSize };
}

/**
 * One page of a list plus the total, the way every list endpoint answers. Items are read lean and mapped
 * to the shared DTO by `toItem`.
 */
export async function findPage<Doc, Item>(
  // biome-ignore lint/suspicious/noExplicitAny: any mongoose model qualifies; the caller maps its documents
  model: Model<any>,
  filter: Record<string, unknown>,
  query: { page?: number; pageSize?: number },
  sort: Record<string, SortOrder>,
  toItem: (doc: Doc) => Item,
  defaultPageSize = DEFAULT_PAGE_SIZE,
): Promise<PageOf<Item>> {
  const { rows, ...page } = await findPageRows<Doc>(model, filter, query, sort, defaultPageSize);
  return { items: rows.map(toItem), ...page };
}

/**
 * A diacritic-insensitive "contains" filter on a stored folded key (`searchKey`), for list searches:
 * "can bo mot" finds "Cán bộ Một". Returns undefined for an empty query.
 */
export function foldedContains(text: string | undefined): unknown {
  const folded = text?.trim() ? foldVietnamese(text.trim()) : '';
  return folded ? trusted({ $regex: escapeRegex(folded) }) : undefined;
}
