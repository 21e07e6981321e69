/** Crisis numbers shown on every help page. */
export function CrisisBox() {
  return (
    <aside
      aria-labelledby="crisis-title"
      className="border-accent-700 my-8 rounded-lg border-2 bg-red-50 p-5"
    >
      <h2 id="crisis-title" className="text-xl font-bold">
        Is het dringend?
      </h2>
      <ul className="mt-3 space-y-3">
        <li>
          Bij levensgevaar: bel{" "}
          <a className="text-accent-700 font-bold underline" href="tel:112">
            112
          </a>
          .
        </li>
        <li>
          Wil je nu met iemand praten, dag en nacht? Bel Tele-Onthaal op{" "}
          <a className="text-accent-700 font-bold underline" href="tel:106">
            106
          </a>
          .
        </li>
        <li>
          Denk je aan zelfdoding? Bel de Zelfmoordlijn op{" "}
          <a className="text-accent-700 font-bold underline" href="tel:1813">
            1813
          </a>
          .
        </li>
      </ul>
    </aside>
  );
}
