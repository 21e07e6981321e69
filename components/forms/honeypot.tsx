import { HONEYPOT_FIELD } from "@/lib/forms/form-state";

/**
 * A field people never see or reach (off screen, hidden from screen readers,
 * out of the tab order); bots that fill in every field give themselves away.
 */
export function Honeypot() {
  return (
    <div aria-hidden="true" className="absolute top-auto -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={HONEYPOT_FIELD}>Laat dit veld leeg</label>
      <input
        id={HONEYPOT_FIELD}
        name={HONEYPOT_FIELD}
        type="text"
        tabIndex={-1}
        autoComplete="off"
        defaultValue=""
      />
    </div>
  );
}
