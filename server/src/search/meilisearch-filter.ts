import type { FieldFilter, Scalar, SearchFilter } from './engine';

/** Attribute names we put into filter strings: no spaces, quotes or operators can sneak in. */
const SAFE_ATTRIBUTE = /^[A-Za-z_][A-Za-z0-9_.]*$/;

function attributeName(name: string): string {
  if (!SAFE_ATTRIBUTE.test(name))
    throw new Error(`Unsafe attribute name in a search filter: ${JSON.stringify(name)}`);
  return name;
}

/** A filter value: numbers as they are, everything else double-quoted with `\` and `"` escaped. */
export function meilisearchValue(value: Scalar): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Search filters need finite numbers, got ${value}`);
    return String(value);
  }
  return `"${String(value).replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function condition(name: string, filter: FieldFilter): string {
  const attribute = attributeName(name);
  if (typeof filter !== 'object') return `${attribute} = ${meilisearchValue(filter)}`;
  if ('in' in filter) {
    // An empty list matches nothing; Meilisearch has no literal for false, so ask for an impossible pair.
    if (filter.in.length === 0) return `(${attribute} EXISTS AND ${attribute} NOT EXISTS)`;
    return `${attribute} IN [${filter.in.map(meilisearchValue).join(', ')}]`;
  }
  if ('all' in filter) {
    if (filter.all.length === 0) return `${attribute} EXISTS OR ${attribute} NOT EXISTS`;
    return filter.all.map((value) => `${attribute} = ${meilisearchValue(value)}`).join(' AND ');
  }
  if ('exists' in filter) return filter.exists ? `${attribute} EXISTS` : `${attribute} NOT EXISTS`;
  const parts: string[] = [];
  if (filter.gte !== undefined) parts.push(`${attribute} >= ${meilisearchValue(filter.gte)}`);
  if (filter.gt !== undefined) parts.push(`${attribute} > ${meilisearchValue(filter.gt)}`);
  if (filter.lte !== undefined) parts.push(`${attribute} <= ${meilisearchValue(filter.lte)}`);
  if (filter.lt !== undefined) parts.push(`${attribute} < ${meilisearchValue(filter.lt)}`);
  if (parts.length === 0) throw new Error(`Unsupported filter on "${name}": ${JSON.stringify(filter)}`);
  return parts.join(' AND ');
}

/** `SearchFilter` as a Meilisearch filter expression (conditions AND-ed), or undefined for no filter. */
export function toMeilisearchFilter(filter: SearchFilter | undefined): string | undefined {
  const parts = Object.entries(filter ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `(${condition(name, value)})`);
  return parts.length > 0 ? parts.join(' AND ') : undefined;
}
