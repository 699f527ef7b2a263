import type { SubmitFunction } from '@sveltejs/kit';

/**
 * Which form of a page is on its way to the server, so its button can say "Đang gửi…" and refuse a
 * second tap. Usage: `const submitting = new Submitting();` then
 * `<form use:enhance={submitting.track('invite')}>` and `<SubmitButton pending={submitting.is('invite')}>`.
 * Without JavaScript none of this runs and the browser shows its own progress.
 */
export class Submitting {
  key = $state<string | null>(null);

  /**
   * `reset: false` keeps what was typed after a success; `reload: true` follows a redirect with a full
   * page load (a language change must reach <html lang> and everything the layout rendered).
   */
  track(key: string, options: { reset?: boolean; reload?: boolean } = {}): SubmitFunction {
    return () => {
      this.key = key;
      return async ({ update, result, formElement }) => {
        const reset = options.reset ?? true;
        if (options.reload && result.type === 'redirect') {
          window.location.assign(result.location);
          return;
        }
        try {
          await update({ reset });
          // After a redirect back to the same page the form is still there, holding what was sent
          // (the invitation just made, the person just added): empty it like a success would.
          if (reset && result.type === 'redirect') formElement.reset();
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
