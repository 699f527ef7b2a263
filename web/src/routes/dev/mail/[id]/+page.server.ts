import { devApi } from '$lib/api/dev';
import type { PageServerLoad } from './$types';

/** Links in the text, so a developer can open an activation or reset link in one click. */
function linksIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s<>"')]+/g) ?? [])];
}

export const load: PageServerLoad = async (event) => {
  const result = await devApi.getMail(event, event.params.id);
  if (!result.ok) return { mail: null, links: [], status: result.status };
  return { mail: result.data, links: linksIn(result.data.text), status: 200 };
};
