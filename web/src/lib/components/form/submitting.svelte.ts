import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Which form of a page is on its way to the server, so its button can say "Đang gửi…" and refuse a
 * second tap. Usage: `const submitting = new Submitting();` then
 * `<form use:enhance={submitting.track('invite')}>` and `<SubmitButton pending={submitting.is('invite')}>`.
 * Without JavaScript none of this runs and the browser shows its own progress.
 */
export class Submitting {
  key = $state<string | null>(null);

  track(key: string, options: { reset?: boolean } = {}): SubmitFunction {
    return () => {
      this.key = key;
      return async ({ update }) => {
        try {
          await update({ reset: options.reset ?? true });
        } finally {
          this.key = null;
        }
      };
    };
  }

  is(key: string): boolean {
    return this.key === key;
  }
}
