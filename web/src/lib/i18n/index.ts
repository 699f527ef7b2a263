import type { Locale } from '@ctn/shared';
import account from './account';
import admin from './admin';
import auth from './auth';
import common from './common';
import consents from './consents';
import counselor from './counselor';
import devMail from './devmail';
import employer from './employer';
import fairs from './fairs';
import jobs from './jobs';
import matching from './matching';
import postings from './postings';
import ui from './ui';

/** Every UI message, grouped by part of the product. Add a domain file and one line here. */
const catalog = {
  common,
  ui,
  auth,
  account,
  consents,
  admin,
  counselor,
  employer,
  devMail,
  jobs,
  postings,
  fairs,
  matching,
};

export type Messages = { [K in keyof typeof catalog]: (typeof catalog)[K]['vi'] };

export function messagesFor(locale: Locale): Messages {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, value[locale]])) as Messages;
}
