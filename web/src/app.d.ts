import type { Locale, SessionUser } from '@ctn/shared';

declare global {
  namespace App {
    interface Error {
      message: string;
      requestId?: string;
    }
    interface Locals {
      locale: Locale;
      /** Where server-side code calls the API (same process by default; API_ORIGIN when split). */
      apiOrigin: string;
      user: SessionUser | null;
    }
    interface PageData {
      locale: Locale;
      user: SessionUser | null;
    }
  }
}
