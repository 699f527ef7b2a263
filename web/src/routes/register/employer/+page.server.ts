import { redirect } from '@sveltejs/kit';
import { accountsApi } from '$lib/api/accounts';
import { failWith, formValues } from '$lib/server/api';
import { rawField, single } from '$lib/server/forms';
import { provinceOptions } from '$lib/server/provinces';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => ({ provinces: provinceOptions(locals.locale) });

export const actions: Actions = {
  default: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form);
    const result = await accountsApi.registerEmployer(event, {
      companyName: single(values.companyName) ?? '',
      taxCode: single(values.taxCode) ?? '',
      provinceCode: single(values.provinceCode) ?? '',
      address: single(values.address),
      industry: single(values.industry),
      contactName: single(values.contactName) ?? '',
      email: single(values.email) ?? '',
      phone: single(values.phone),
      password: rawField(form, 'password'),
      // An unticked checkbox sends nothing: the pledge is signed only by an explicit tick.
      fairChancePledge: form.get('fairChancePledge') === 'on',
    });
    if (!result.ok) return failWith(result, values);
    redirect(303, '/register/employer/done');
  },
};
