/** Crisis numbers shown on every help page. */
export function CrisisBox() {
  return (
    <aside aria-labelledby="crisis-title" className="my-8 rounded-lg border-2 border-accent-700 bg-red-50 p-5">
      <h2 id="crisis-title" className="text-xl font-bold">
        Is het dringend?
      </h2>
      <ul className="mt-3 space-y-3">
        <li>
          Bij levensgevaar: bel{" "}
          <a className="font-bold text-accent-700 underline" href="tel:112">
            112
          </a>
          .
        </li>
        <li>
          Wil je nu met iemand praten, dag en nacht? Bel Tele-Onthaal op{" "}
          <a className="font-bold text-accent-700 underline" href="tel:106">
            106
          </a>
          .
        </li>
        <li>
          Denk je aan zelfdoding? Bel de Zelfmoordlijn op{" "}
          <a className="font-bold text-accent-700 underline" href="tel:1813">
            1813
          </a>
          .
        </li>
      </ul>
    </aside>
  );
}
